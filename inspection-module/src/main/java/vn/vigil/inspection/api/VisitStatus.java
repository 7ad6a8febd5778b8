package vn.vigil.inspection.api;

/** Where a visit stands: on the calendar, being recorded, signed off by the team lead (final), or called off. */
public enum VisitStatus {
    SCHEDULED,
    IN_PROGRESS,
    SIGNED_OFF,
    CANCELLED
}
