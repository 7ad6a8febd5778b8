package vn.vigil.core.infrastructure;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import vn.vigil.core.api.AccessDeniedException;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AccessRefusals;

/**
 * Checks the caller's roles before a guarded service method runs. Deny by default: a method with neither
 * {@code @RolesAllowed} nor {@code @PermitAll} (on itself or its class) is refused. Work the system does on its
 * own (start-up, scheduled jobs) runs as {@link CurrentActor#SYSTEM} and passes. Every refusal is audited.
 */
@Guarded
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 10)
public class RoleGuard {

    @Inject
    CurrentActor actor;

    @Inject
    AccessRefusals refusals;

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        if (!allowed(method)) {
            refusals.serviceRefused(method.getDeclaringClass().getSimpleName(), method.getName());
            throw new AccessDeniedException();
        }
        return invocation.proceed();
    }

    private boolean allowed(Method method) {
        if (CurrentActor.SYSTEM.equals(actor.username())) {
            return true;
        }
        Class<?> type = method.getDeclaringClass();
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null && method.getAnnotation(PermitAll.class) != null) {
            return !CurrentActor.ANONYMOUS.equals(actor.username());
        }
        if (roles == null) {
            roles = type.getAnnotation(RolesAllowed.class);
        }
        if (roles == null) {
            return type.getAnnotation(PermitAll.class) != null && !CurrentActor.ANONYMOUS.equals(actor.username());
        }
        for (String role : roles.value()) {
            if (actor.hasRole(Role.valueOf(role))) {
                return true;
            }
        }
        return false;
    }
}
