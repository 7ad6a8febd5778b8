package vn.vigil.core.api.staff;

import java.io.Serializable;
import java.util.Set;
import vn.vigil.core.api.Role;

/**
 * A staff member as other modules see them when they pick people or tell them something: who, which department
 * (its code numbers the documents it issues), which roles, and the account's e-mail address (null when none is
 * on file).
 */
public record StaffMember(
        long id,
        String username,
        String fullName,
        Long departmentId,
        String departmentCode,
        String departmentName,
        Set<Role> roles,
        boolean enabled,
        String email)
        implements Serializable {

    public StaffMember {
        roles = Set.copyOf(roles);
    }

    /** A member whose department code and e-mail do not matter to the caller. */
    public StaffMember(
            long id,
            String username,
            String fullName,
            Long departmentId,
            String departmentName,
            Set<Role> roles,
            boolean enabled) {
        this(id, username, fullName, departmentId, null, departmentName, roles, enabled, null);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }
}
