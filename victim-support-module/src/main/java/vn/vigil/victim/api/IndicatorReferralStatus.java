package vn.vigil.victim.api;

public enum IndicatorReferralStatus {
    PENDING,
    ACCEPTED,
    DISMISSED
}
