package vn.vigil.victim.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** {@code caseCode} null: all cases. */
public record IdentityGrantView(
        long id,
        String grantee,
        String caseCode,
        String reason,
        LocalDate expiresOn,
        String grantedBy,
        Instant grantedAt,
        boolean revoked)
        implements Serializable {}
