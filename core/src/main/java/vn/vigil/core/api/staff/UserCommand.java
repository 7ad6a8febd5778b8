package vn.vigil.core.api.staff;

import java.util.Set;
import vn.vigil.core.api.Role;

/** Account details an administrator edits. The password is set separately. */
public record UserCommand(
        String username,
        String fullName,
        String email,
        Long departmentId,
        Set<Role> roles,
        boolean enabled,
        String preferredLocale) {

    public UserCommand {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
