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
    private static final String ROLES_OF_REQUEST = SessionUser.class.getName() + ".roles";

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

    /**
     * Whether the person holds {@code role} in this request. A page asks many times (menus, buttons, columns), so the
     * roles are asked of the container once per request and kept in the request, never longer: a role taken away
     * counts from the next request.
     */
    public boolean has(String role) {
        for (Role held : getRoles()) {
            if (held.name().equals(role)) {
                return true;
            }
        }
        return false;
    }

    public Set<Role> getRoles() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        @SuppressWarnings("unchecked")
        Set<Role> asked = (Set<Role>) context.getRequestMap().get(ROLES_OF_REQUEST);
        if (asked != null) {
            return asked;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (context.isUserInRole(role.name())) {
                roles.add(role);
            }
        }
        Set<Role> held = java.util.Collections.unmodifiableSet(roles);
        context.getRequestMap().put(ROLES_OF_REQUEST, held);
        return held;
    }
}
