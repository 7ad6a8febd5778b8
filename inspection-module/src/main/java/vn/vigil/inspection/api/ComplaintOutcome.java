package vn.vigil.inspection.api;

/** How a complaint against a sanction decision was resolved. */
public enum ComplaintOutcome {
    UPHELD,
    PARTLY_UPHELD,
    REJECTED
}
