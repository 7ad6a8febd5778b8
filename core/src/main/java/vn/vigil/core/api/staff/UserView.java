package vn.vigil.core.api.staff;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import vn.vigil.core.api.Role;

public record UserView(
        long id,
        String username,
        String fullName,
        String email,
        Long departmentId,
        String departmentName,
        Set<Role> roles,
        boolean enabled,
        int failedLogins,
        Instant lastLoginAt,
        String preferredLocale,
        long version)
        implements Serializable {

    public UserView {
        roles = Set.copyOf(roles);
    }
}
