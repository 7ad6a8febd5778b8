package vn.vigil.reporting.api.directive;

import java.io.Serializable;

/**
 * How one unit stands on a directive's tasks, counted over the due dates up to today: reports sent on time, late,
 * missing (date passed, nothing sent), and of the sent ones how many are approved.
 */
public record UnitStatus(UnitRef unit, int onTime, int late, int missing, int approved, int notYetApproved)
        implements Serializable {}
