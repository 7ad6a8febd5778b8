package vn.vigil.victim.api;

/** Where the verification of a received person stands. */
public enum PersonStatus {
    UNDER_VERIFICATION,
    VERIFIED_VICTIM,
    NOT_A_VICTIM
}
