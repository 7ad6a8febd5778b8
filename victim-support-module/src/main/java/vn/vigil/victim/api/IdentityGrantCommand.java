package vn.vigil.victim.api;

import java.time.LocalDate;

/** Lets a supervisor see identities: of one case (its code) or, with no code, of all cases, until a day. */
public record IdentityGrantCommand(String grantee, String caseCode, String reason, LocalDate expiresOn) {}
