package vn.vigil.inspection.api;

public enum EstablishmentStatus {
    OPERATING,
    SUSPENDED,
    CLOSED
}
