package vn.vigil.victim.api;

import java.time.LocalDate;

/**
 * A person received: where, by which unit and body, on which day; their role (a minor names the case of the victim
 * they accompany, by its code), where they are verified, the non-identifying facts and, with consent, identity.
 */
public record ReceptionCommand(
        LocalDate receivedOn,
        String receivedPlace,
        Long receivedUnitId,
        String receivedBy,
        PersonRole role,
        String accompaniesCaseCode,
        boolean verifiedAbroad,
        String nationality,
        Integer birthYear,
        Sex sex,
        boolean consentToProcessing,
        IdentityEntry identity) {}
