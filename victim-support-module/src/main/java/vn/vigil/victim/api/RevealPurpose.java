package vn.vigil.victim.api;

/** Why someone asks to see a person's identity; written to the audit log with every read. */
public enum RevealPurpose {
    VERIFICATION,
    SUPPORT_DELIVERY,
    REFERRAL,
    CONTACT,
    LEGAL_PROCEEDINGS,
    OTHER
}
