package vn.vigil.web.ui.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.staff.ApiTokenView;
import vn.vigil.core.api.staff.ApiTokens;
import vn.vigil.core.api.staff.UserAdminService;
import vn.vigil.core.api.staff.UserView;
import vn.vigil.web.ui.FacesMessages;

/** On the users page, an administrator opens a person's API tokens and revokes those that must stop working. */
@Named
@ViewScoped
public class UserApiTokensBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiTokens tokens;

    @Inject
    UserAdminService users;

    private Long userId;
    private String fullName;
    private String username;
    private List<ApiTokenView> rows = List.of();

    public void open(long id) {
        userId = null;
        rows = List.of();
        users.find(id).ifPresentOrElse(this::show, () -> {
            FacesMessages.error("error.notFound", "UserAccount", String.valueOf(id));
            FacesContext.getCurrentInstance().validationFailed();
        });
    }

    private void show(UserView user) {
        userId = user.id();
        fullName = user.fullName();
        username = user.username();
        rows = tokens.listFor(user.id());
    }

    public void revoke(ApiTokenView token) {
        try {
            tokens.revoke(userId, token.id());
            FacesMessages.info("apiTokens.revoked", token.name());
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
        rows = tokens.listFor(userId);
    }

    public String roleLabels(ApiTokenView token) {
        return ApiTokenTexts.roles(token);
    }

    public String lastDayOf(ApiTokenView token) {
        return ApiTokenTexts.lastDay(token);
    }

    public String createdOf(ApiTokenView token) {
        return ApiTokenTexts.created(token);
    }

    public String lastUseOf(ApiTokenView token) {
        return ApiTokenTexts.lastUse(token);
    }

    public String revokeQuestion(ApiTokenView token) {
        return ApiTokenTexts.revokeQuestion(token);
    }

    public boolean isOpen() {
        return userId != null;
    }

    public String getFullName() {
        return fullName;
    }

    public String getUsername() {
        return username;
    }

    public List<ApiTokenView> getTokens() {
        return rows;
    }
}
