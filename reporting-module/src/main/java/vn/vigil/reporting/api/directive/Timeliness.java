package vn.vigil.reporting.api.directive;

/** A unit's report for one due date: sent by the date, sent after it, not sent and the date passed, or not yet due. */
public enum Timeliness {
    ON_TIME,
    LATE,
    MISSING,
    NOT_DUE
}
