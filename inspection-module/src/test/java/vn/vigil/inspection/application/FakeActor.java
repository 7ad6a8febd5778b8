package vn.vigil.inspection.application;

import java.util.Set;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.StaffMember;

/** Who is acting now, switchable between steps of a test; the people are added to a {@link FakeStaff}. */
final class FakeActor implements CurrentActor {

    private final FakeStaff directory;
    private StaffMember acting;

    FakeActor(FakeStaff directory) {
        this.directory = directory;
    }

    void add(long id, String username, Role... roles) {
        directory.add(new StaffMember(id, username, username, null, null, Set.of(roles), true));
    }

    void actAs(String username) {
        acting = directory.findByUsername(username).orElseThrow();
    }

    @Override
    public String username() {
        return acting.username();
    }

    @Override
    public boolean hasRole(Role role) {
        return acting.holds(role);
    }
}
