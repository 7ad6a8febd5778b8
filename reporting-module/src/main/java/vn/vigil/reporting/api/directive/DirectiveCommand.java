package vn.vigil.reporting.api.directive;

import java.time.LocalDate;

/** A directive's heading as the standing office types it from the signed document. */
public record DirectiveCommand(
        DirectiveKind kind,
        String symbol,
        LocalDate issuedOn,
        String signer,
        String issuingBody,
        String subject,
        LocalDate inForceFrom,
        LocalDate inForceUntil) {}
