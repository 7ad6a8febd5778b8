package vn.vigil.web.ui.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.ApiTokenRequest;
import vn.vigil.core.api.staff.ApiTokenView;
import vn.vigil.core.api.staff.ApiTokens;
import vn.vigil.core.api.staff.IssuedApiToken;
import vn.vigil.core.api.staff.UserAdminService;
import vn.vigil.web.ui.FacesMessages;

/**
 * The API tokens panel of my account page: my tokens, revoking one, and creating one whose secret is shown once
 * in a dialog and forgotten when the dialog closes.
 */
@Named
@ViewScoped
public class MyApiTokensBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    ApiTokens tokens;

    @Inject
    UserAdminService users;

    private List<ApiTokenView> rows;
    private List<Role> myRoles;
    private String name;
    private LocalDate lastDay;
    private List<Role> roles = new ArrayList<>();
    private String secret;

    @PostConstruct
    void load() {
        String username = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        myRoles =
                users
                        .findByUsername(username)
                        .orElseThrow(() -> new NotFoundException("UserAccount", username))
                        .roles()
                        .stream()
                        .sorted()
                        .toList();
        lastDay = today().plusDays(ApiTokens.DEFAULT_DAYS);
        rows = tokens.listMine();
    }

    public void create() {
        secret = null;
        try {
            IssuedApiToken issued = tokens.issueMine(new ApiTokenRequest(
                    name, lastDay, roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles)));
            secret = issued.secret();
            FacesMessages.info("apiTokens.created", issued.token().name());
            name = null;
            lastDay = today().plusDays(ApiTokens.DEFAULT_DAYS);
            roles = new ArrayList<>();
            rows = tokens.listMine();
            PrimeFaces.current().ajax().addCallbackParam("issued", true);
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** The owner has copied the secret: it is not kept a moment longer. */
    public void forgetSecret() {
        secret = null;
    }

    public void revoke(ApiTokenView token) {
        secret = null;
        try {
            tokens.revokeMine(token.id());
            FacesMessages.info("apiTokens.revoked", token.name());
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
        rows = tokens.listMine();
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

    private static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    public LocalDate getToday() {
        return today();
    }

    public LocalDate getLatestLastDay() {
        return today().plusDays(ApiTokens.MAX_DAYS);
    }

    public int getMaxDays() {
        return ApiTokens.MAX_DAYS;
    }

    public int getDefaultDays() {
        return ApiTokens.DEFAULT_DAYS;
    }

    public List<ApiTokenView> getTokens() {
        return rows;
    }

    public List<Role> getMyRoles() {
        return myRoles;
    }

    public String getSecret() {
        return secret;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }
}
