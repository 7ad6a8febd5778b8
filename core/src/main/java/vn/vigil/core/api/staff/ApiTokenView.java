package vn.vigil.core.api.staff;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import vn.vigil.core.api.Role;

/**
 * A token as its owner and administrators see it: never its secret or digest, only the prefix it starts with. No
 * roles means all the owner holds.
 */
public record ApiTokenView(
        long id,
        long userId,
        String name,
        String prefix,
        Set<Role> roles,
        Instant createdAt,
        String createdBy,
        Instant expiresAt,
        Instant revokedAt,
        String revokedBy,
        Instant lastUsedAt,
        String lastUsedFrom,
        ApiTokenStatus status)
        implements Serializable {

    public ApiTokenView {
        roles = Set.copyOf(roles);
    }
}
