package vn.vigil.victim.api;

/** Why the person is protected: a victim, a minor accompanying a victim, or a relative of one. */
public enum PersonRole {
    VICTIM,
    ACCOMPANYING_MINOR,
    RELATIVE
}
