package vn.vigil.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import vn.vigil.core.api.DomainException;
import vn.vigil.web.i18n.Bundles;

/** Shows texts of the bundles as Faces messages in the view's language. */
public final class FacesMessages {

    private FacesMessages() {}

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, key, args);
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, key, args);
    }

    public static void refused(DomainException e) {
        error(e.messageKey(), e.arguments());
    }

    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return Bundles.text(faces.getViewRoot().getLocale(), key, args);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Bundles.text(faces.getViewRoot().getLocale(), key, args);
        faces.addMessage(null, new FacesMessage(severity, text, null));
        if (!faces.getPartialViewContext().isAjaxRequest()) {
            // a full post may redirect (post-redirect-get); an Ajax answer shows its messages at once, and kept
            // messages would come back with every later request
            faces.getExternalContext().getFlash().setKeepMessages(true);
        }
    }
}
