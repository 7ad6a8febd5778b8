package vn.vigil.web.ui;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import vn.vigil.core.api.Role;
import vn.vigil.web.security.SignInThrottle;

/** Who is signed in and which roles they hold, for menus and dashboards (the server re-checks every action). */
@Named
@SessionScoped
public class SessionUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String fullName;
    private SignInThrottle.Failures failedBeforeSignIn;

    void signedIn(String username, String fullName, SignInThrottle.Failures failedBeforeSignIn) {
        this.username = username;
        this.fullName = fullName;
        this.failedBeforeSignIn = failedBeforeSignIn;
    }

    /** Wrong passwords tried on this account since its previous sign-in, told on the home page; null when none. */
    public SignInThrottle.Failures getFailedBeforeSignIn() {
        return failedBeforeSignIn;
    }

    /** The last wrong attempt's moment in Vietnam time, as the home page shows it. */
    public String getFailedBeforeSignInAt() {
        return failedBeforeSignIn == null
                ? null
                : java.time.format.DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
                        .withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                        .format(failedBeforeSignIn.lastAt());
    }

    public String getUsername() {
        return username != null
                ? username
                : FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public String getFullName() {
        return fullName != null ? fullName : getUsername();
    }

    public boolean has(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    public Set<Role> getRoles() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (context.isUserInRole(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }
}
