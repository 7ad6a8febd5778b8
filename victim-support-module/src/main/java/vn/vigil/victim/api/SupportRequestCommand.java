package vn.vigil.victim.api;

import java.time.LocalDate;

/**
 * A request for one support type on a case. {@code rateId} names the provincial rate the amount follows (required
 * when rates are in force for the type); the period is required for essential needs and for per-day rates;
 * {@code quantity} counts months for a monthly rate. A case-by-case type needs a justification.
 */
public record SupportRequestCommand(
        Long caseId,
        String supportType,
        Long rateId,
        LocalDate periodFrom,
        LocalDate periodUntil,
        Integer quantity,
        Long amount,
        String purpose,
        String justification) {}
