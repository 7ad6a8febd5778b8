package vn.vigil.victim.application;

import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.Role;

/** A signed-in user whose name a test changes to act as another person. */
final class TestActor implements CurrentActor {

    volatile String username;

    TestActor(String username) {
        this.username = username;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public boolean hasRole(Role role) {
        return true;
    }
}
