package vn.vigil.inspection.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.core.api.staff.StaffMember;

/** Core's staff directory over the people a test adds. */
final class FakeStaff implements StaffDirectory {

    private final Map<Long, StaffMember> people = new HashMap<>();

    StaffMember add(StaffMember person) {
        people.put(person.id(), person);
        return person;
    }

    /** The picker's query over the few people added, as the database's directory answers it. */
    @Override
    public List<StaffMember> enabledWith(Set<Role> roles, String text, Long departmentFirst, int limit) {
        String folded = vn.vigil.core.api.Text.fold(vn.vigil.core.api.Text.clean(text));
        return enabledWith(roles).stream()
                .filter(s -> folded == null
                        || vn.vigil.core.api.Text.fold(s.fullName()).contains(folded)
                        || s.username().contains(folded))
                .sorted(java.util.Comparator.comparing(
                        (StaffMember s) -> departmentFirst == null || !departmentFirst.equals(s.departmentId())))
                .limit(limit)
                .toList();
    }

    @Override
    public List<StaffMember> enabledWith(Set<Role> roles) {
        return people.values().stream()
                .filter(p -> p.enabled() && p.roles().stream().anyMatch(roles::contains))
                .toList();
    }

    @Override
    public List<StaffMember> find(Collection<Long> ids) {
        return ids.stream()
                .distinct()
                .filter(people::containsKey)
                .map(people::get)
                .toList();
    }

    @Override
    public Optional<StaffMember> findByUsername(String username) {
        return people.values().stream()
                .filter(p -> p.username().equals(username))
                .findFirst();
    }
}
