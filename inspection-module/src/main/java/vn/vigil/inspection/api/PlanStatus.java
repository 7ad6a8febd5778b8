package vn.vigil.inspection.api;

/** A plan is drafted, then approved (its targets are fixed and it is no longer edited), then closed. */
public enum PlanStatus {
    DRAFT,
    APPROVED,
    CLOSED
}
