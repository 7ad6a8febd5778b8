package vn.vigil.core.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.AccessDeniedException;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AccessRefusals;

/** The role guard lets a named role through, refuses everyone else (by default too) and audits each refusal. */
class RoleGuardTest {

    @RolesAllowed(Role.Names.LEGAL_OFFICER)
    static class Sample {
        public String decide() {
            return "decided";
        }

        @RolesAllowed(Role.Names.ADMIN)
        public String configure() {
            return "configured";
        }

        @PermitAll
        public String read() {
            return "read";
        }
    }

    static class Unmarked {
        public String anything() {
            return "done";
        }
    }

    final List<String> refusals = new ArrayList<>();

    @Test
    void aNamedRolePassesAndNothingIsAudited() throws Exception {
        assertThat(guard("legal", Role.LEGAL_OFFICER).check(call(Sample.class, "decide")))
                .isEqualTo("decided");
        assertThat(guard("admin", Role.ADMIN).check(call(Sample.class, "configure")))
                .isEqualTo("configured");
        assertThat(refusals).isEmpty();
    }

    @Test
    void anotherRoleIsRefusedAndTheRefusalIsAuditedOnce() {
        assertThatThrownBy(() -> guard("legal", Role.LEGAL_OFFICER).check(call(Sample.class, "configure")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> guard("finance", Role.FINANCE_OFFICER).check(call(Sample.class, "decide")))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(refusals).containsExactly("Sample.configure", "Sample.decide");
    }

    @Test
    void aMethodNamingNoRoleIsRefusedAndPermitAllStillNeedsSomeoneSignedIn() throws Exception {
        assertThatThrownBy(() -> guard("admin", Role.ADMIN).check(call(Unmarked.class, "anything")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(guard("committee", Role.COMMITTEE_VIEWER).check(call(Sample.class, "read")))
                .isEqualTo("read");
        assertThatThrownBy(() -> guard(CurrentActor.ANONYMOUS).check(call(Sample.class, "read")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(guard(CurrentActor.SYSTEM).check(call(Unmarked.class, "anything")))
                .as("the system's own work passes")
                .isEqualTo("done");

        assertThat(refusals).containsExactly("Unmarked.anything", "Sample.read");
    }

    private RoleGuard guard(String username, Role... roles) {
        RoleGuard guard = new RoleGuard();
        Set<Role> held = Set.of(roles);
        guard.actor = new CurrentActor() {
            @Override
            public String username() {
                return username;
            }

            @Override
            public boolean hasRole(Role role) {
                return held.contains(role);
            }
        };
        guard.refusals = new AccessRefusals() {
            @Override
            public void serviceRefused(String service, String operation) {
                refusals.add(service + "." + operation);
            }

            @Override
            public void requestRefused(String who, String method, String path) {
                throw new AssertionError("the guard refuses services, not requests");
            }

            @Override
            public void signInLocked(String username, String address, boolean onName, long seconds) {
                throw new AssertionError("the guard refuses services, not sign-ins");
            }

            @Override
            public boolean auditedInThisRequest() {
                return false;
            }
        };
        return guard;
    }

    private static InvocationContext call(Class<?> type, String name) throws NoSuchMethodException {
        Method method = type.getMethod(name);
        Object target;
        try {
            target = type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> data = new HashMap<>();
        return new InvocationContext() {
            @Override
            public Object getTarget() {
                return target;
            }

            @Override
            public Object getTimer() {
                return null;
            }

            @Override
            public Method getMethod() {
                return method;
            }

            @Override
            public Constructor<?> getConstructor() {
                return null;
            }

            @Override
            public Object[] getParameters() {
                return new Object[0];
            }

            @Override
            public void setParameters(Object[] params) {}

            @Override
            public Map<String, Object> getContextData() {
                return data;
            }

            @Override
            public Object proceed() throws Exception {
                return method.invoke(target);
            }
        };
    }
}
