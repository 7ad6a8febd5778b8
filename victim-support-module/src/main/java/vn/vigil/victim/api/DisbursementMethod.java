package vn.vigil.victim.api;

public enum DisbursementMethod {
    CASH,
    TRANSFER,
    IN_KIND
}
