package vn.vigil.victim.domain;

import java.time.LocalDate;
import java.util.Optional;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;

public interface IdentityGrantRepository {

    void add(IdentityGrant grant);

    Optional<IdentityGrant> find(long id);

    /** Whether the user holds a grant, not revoked nor expired, for this case or for all cases. */
    boolean holds(String username, long caseId, LocalDate today);

    /** Grants newest first. */
    Page<IdentityGrant> all(PageRequest page);
}
