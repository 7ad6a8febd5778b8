package vn.vigil.victim.application;

import java.util.Set;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.Role;

/** Who is acting now, switchable between steps of a test. */
final class FakeActor implements CurrentActor {

    private String username = "nobody";
    private Set<Role> roles = Set.of();

    void actAs(String username, Role... roles) {
        this.username = username;
        this.roles = Set.of(roles);
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
