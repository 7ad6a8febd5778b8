package vn.vigil.inspection.api;

/** How a plan names its target establishments: one by one, or every operating one in scope above a risk score. */
public enum TargetSelection {
    CHOSEN,
    BY_RISK
}
