package vn.vigil.inspection.application;

import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.Role;

/** A signed-in user with every role, for services built by hand in tests. */
record FixedActor(String username) implements CurrentActor {

    @Override
    public boolean hasRole(Role role) {
        return true;
    }
}
