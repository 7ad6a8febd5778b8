package vn.vigil.victim.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.core.api.staff.StaffMember;

/** A staff directory holding whoever a test adds. */
final class FakeStaff implements StaffDirectory {

    private final List<StaffMember> members = new ArrayList<>();

    void add(String username, Role... roles) {
        members.add(new StaffMember(members.size() + 1, username, username, null, null, Set.of(roles), true));
    }

    @Override
    public List<StaffMember> enabledWith(Set<Role> roles, String text, Long departmentFirst, int limit) {
        throw new UnsupportedOperationException("no picker here");
    }

    @Override
    public List<StaffMember> enabledWith(Set<Role> roles) {
        return members.stream()
                .filter(m -> m.roles().stream().anyMatch(roles::contains))
                .toList();
    }

    @Override
    public List<StaffMember> find(Collection<Long> ids) {
        return members.stream().filter(m -> ids.contains(m.id())).toList();
    }

    @Override
    public Optional<StaffMember> findByUsername(String username) {
        return members.stream().filter(m -> m.username().equals(username)).findFirst();
    }
}
