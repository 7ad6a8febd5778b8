package vn.vigil.reporting.api.directive;

/** Whom an outreach activity reached. */
public enum Audience {
    STUDENTS,
    WORKERS,
    WOMEN,
    ETHNIC_MINORITIES,
    BORDER_RESIDENTS,
    GOING_ABROAD
}
