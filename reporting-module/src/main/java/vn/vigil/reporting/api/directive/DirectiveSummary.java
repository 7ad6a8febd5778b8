package vn.vigil.reporting.api.directive;

import java.io.Serializable;
import java.time.LocalDate;

/** A row of the directive list. */
public record DirectiveSummary(
        long id, DirectiveKind kind, String symbol, LocalDate issuedOn, String subject, boolean sent, int tasks)
        implements Serializable {}
