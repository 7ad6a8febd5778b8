package vn.vigil.core.api.staff;

/** Whether a token signs its bearer in now. */
public enum ApiTokenStatus {
    ACTIVE,
    EXPIRED,
    REVOKED
}
