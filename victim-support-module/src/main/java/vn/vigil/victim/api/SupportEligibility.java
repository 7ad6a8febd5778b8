package vn.vigil.victim.api;

/** Whether a protected person may receive a support type: outright, case by case (with a justification), or not. */
public enum SupportEligibility {
    ALLOWED,
    CASE_BY_CASE,
    NOT_ALLOWED
}
