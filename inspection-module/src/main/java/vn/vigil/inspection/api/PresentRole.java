package vn.vigil.inspection.api;

/** The part a person present at a visit plays at the establishment. */
public enum PresentRole {
    OWNER,
    MANAGER,
    WORKER,
    GUEST,
    OTHER
}
