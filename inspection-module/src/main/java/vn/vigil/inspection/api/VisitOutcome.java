package vn.vigil.inspection.api;

/** What a visit concluded: nothing wrong, administrative violations, or signs of a crime for the police. */
public enum VisitOutcome {
    NO_VIOLATION,
    VIOLATIONS_FOUND,
    SIGNS_OF_CRIME
}
