package vn.vigil.victim.api;

/** Where the verification of a received person stands (Law 53/2024/QH15). */
public enum PersonStatus {
    UNDER_VERIFICATION,
    VERIFIED_VICTIM,
    NOT_A_VICTIM
}
