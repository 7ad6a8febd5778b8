package vn.vigil.victim.api;

public enum CaseStatus {
    OPEN,
    CLOSED
}
