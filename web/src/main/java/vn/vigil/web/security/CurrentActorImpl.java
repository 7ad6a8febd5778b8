package vn.vigil.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.Role;

/**
 * The signed-in caller, from the container's security context. Outside any web request (start-up, scheduled
 * work) the actor is the system; inside a request without a signed-in user it is "anonymous", which holds no role.
 */
@ApplicationScoped
public class CurrentActorImpl implements CurrentActor {

    @Inject
    SecurityContext security;

    @Override
    public String username() {
        Principal principal = principal();
        if (principal != null) {
            return principal.getName();
        }
        return RequestActorFilter.inRequest() ? ANONYMOUS : SYSTEM;
    }

    @Override
    public boolean hasRole(Role role) {
        if (principal() == null) {
            return false;
        }
        return security.isCallerInRole(role.name());
    }

    private Principal principal() {
        try {
            return security.getCallerPrincipal();
        } catch (RuntimeException noSecurityContext) {
            return null;
        }
    }
}
