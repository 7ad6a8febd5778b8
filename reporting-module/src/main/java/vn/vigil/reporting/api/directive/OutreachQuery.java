package vn.vigil.reporting.api.directive;

import java.io.Serializable;
import java.time.LocalDate;

/** Filters of the outreach log; every one optional. */
public record OutreachQuery(
        LocalDate from, LocalDate until, Long unitId, Long communeId, OutreachKind kind, ApprovalState state)
        implements Serializable {}
