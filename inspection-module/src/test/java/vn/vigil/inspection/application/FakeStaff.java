package vn.vigil.inspection.application;

import java.lang.reflect.Proxy;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.UserAdminService;
import vn.vigil.core.api.staff.UserView;

/** Staff known by user name, and who is acting now (switchable between steps of a test). */
final class FakeStaff implements CurrentActor {

    private final Map<String, UserView> users = new HashMap<>();
    private UserView acting;

    UserView add(long id, String username, Role... roles) {
        UserView user = new UserView(
                id,
                username,
                username,
                null,
                null,
                null,
                roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles),
                true,
                false,
                null,
                "vi",
                0);
        users.put(username, user);
        return user;
    }

    void actAs(String username) {
        acting = users.get(username);
    }

    @Override
    public String username() {
        return acting.username();
    }

    @Override
    public boolean hasRole(Role role) {
        return acting.roles().contains(role);
    }

    UserAdminService directory() {
        return (UserAdminService) Proxy.newProxyInstance(
                UserAdminService.class.getClassLoader(),
                new Class<?>[] {UserAdminService.class},
                (p, m, args) -> switch (m.getName()) {
                    case "findByUsername" -> Optional.ofNullable(users.get((String) args[0]));
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }
}
