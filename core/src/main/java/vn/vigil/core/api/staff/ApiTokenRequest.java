package vn.vigil.core.api.staff;

import java.time.LocalDate;
import java.util.Set;
import vn.vigil.core.api.Role;

/**
 * A token someone asks for: a name to recognise it by, its last day (Vietnam time; none means in
 * {@link ApiTokens#DEFAULT_DAYS} days) and the roles it may use (none means all the owner holds when it is used).
 */
public record ApiTokenRequest(String name, LocalDate lastDay, Set<Role> roles) {

    public ApiTokenRequest {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
