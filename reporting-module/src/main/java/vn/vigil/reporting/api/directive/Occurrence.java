package vn.vigil.reporting.api.directive;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One due date of a task for one unit, the period its figures cover, and the unit's report for it (null id: none
 * yet).
 */
public record Occurrence(
        LocalDate dueOn,
        LocalDate periodFrom,
        LocalDate periodUntil,
        Long reportId,
        ApprovalState state,
        Timeliness timeliness)
        implements Serializable {}
