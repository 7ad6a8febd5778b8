package vn.vigil.web.ui;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import vn.vigil.core.api.staff.UserAdminService;
import vn.vigil.web.i18n.Bundles;

/** The language of this session: Vietnamese by default, English on request; remembered for signed-in users. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdminService users;

    private Locale locale = Bundles.VIETNAMESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** A whole number written the way this language groups digits (1.234.567 in Vietnamese, 1,234,567 in English). */
    public String number(long value) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(value);
    }

    public String getDatePattern() {
        return "dd/MM/yyyy";
    }

    public void use(String language) {
        this.locale = Bundles.supported(Locale.forLanguageTag(language));
    }

    /** Switches language from the top bar and keeps the choice for the next sign-in. */
    public String switchTo(String language) {
        use(language);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        String user = faces.getExternalContext().getRemoteUser();
        if (user != null) {
            users.changeOwnLocale(user, locale.getLanguage());
        }
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
