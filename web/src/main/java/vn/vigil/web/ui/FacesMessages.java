package vn.vigil.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import vn.vigil.core.api.DomainException;
import vn.vigil.web.StoppedStatement;
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

    /** A statement the database stopped at a ceiling: logged with the page it served, explained to the person. */
    public static void stopped(StoppedStatement stopped) {
        FacesContext faces = FacesContext.getCurrentInstance();
        stopped.log(
                faces.getViewRoot() == null
                        ? "a page"
                        : "page " + faces.getViewRoot().getViewId());
        error(stopped.reason().messageKey());
    }

    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return Bundles.text(faces.getViewRoot().getLocale(), key, args);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Bundles.text(faces.getViewRoot().getLocale(), key, args);
        faces.addMessage(null, new FacesMessage(severity, text, null));
        if (!faces.getPartialViewContext().isAjaxRequest() && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            // a full post may redirect (post-redirect-get); an Ajax answer, or a page being written, shows its
            // messages at once, and kept messages would come back with every later request
            faces.getExternalContext().getFlash().setKeepMessages(true);
        }
    }
}
