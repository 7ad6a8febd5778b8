package vn.vigil.core.api.staff;

import java.util.Set;
import vn.vigil.core.api.Role;

/** A staff member as other modules see them when they pick people: who, which department, which roles. */
public record StaffMember(
        long id,
        String username,
        String fullName,
        Long departmentId,
        String departmentName,
        Set<Role> roles,
        boolean enabled) {

    public StaffMember {
        roles = Set.copyOf(roles);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }
}
