package vn.vigil.victim.api;

/** Why a person is protected: the victim, a minor accompanying a victim, or a victim's relative. */
public enum PersonRole {
    VICTIM,
    ACCOMPANYING_MINOR,
    RELATIVE
}
