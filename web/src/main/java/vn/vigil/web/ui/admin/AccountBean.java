package vn.vigil.web.ui.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.UserAdminService;
import vn.vigil.core.api.staff.UserView;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.LocaleBean;

/** My account: who I am, the language I work in, and changing my own password. */
@Named
@ViewScoped
public class AccountBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdminService users;

    @Inject
    LocaleBean localeBean;

    private UserView user;
    private String language;
    private String currentPassword;
    private String newPassword;
    private String confirmation;

    @PostConstruct
    void load() {
        String username = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        user = users.findByUsername(username).orElseThrow(() -> new NotFoundException("UserAccount", username));
        language = localeBean.getLanguage();
    }

    /** Saves the chosen language for the next sign-in and shows this session in it at once. */
    public String saveLanguage() {
        try {
            String outcome = localeBean.switchTo(language);
            FacesMessages.info("account.languageSaved");
            return outcome;
        } catch (DomainException e) {
            FacesMessages.refused(e);
            return null;
        }
    }

    public void changePassword() {
        try {
            if (!newPassword.equals(confirmation)) {
                FacesMessages.error("account.passwordMismatch");
                return;
            }
            users.changeOwnPassword(user.username(), currentPassword.toCharArray(), newPassword.toCharArray());
            FacesMessages.info("account.passwordChanged");
        } catch (DomainException e) {
            FacesMessages.refused(e);
        } finally {
            currentPassword = null;
            newPassword = null;
            confirmation = null;
        }
    }

    public UserView getUser() {
        return user;
    }

    /** My roles in the order of the role list. */
    public List<Role> getRoles() {
        return user.roles().stream().sorted().toList();
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
