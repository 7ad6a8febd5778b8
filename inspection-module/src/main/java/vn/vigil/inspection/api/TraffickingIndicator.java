package vn.vigil.inspection.api;

/** Signs of human trafficking an inspection team looks for on every visit, whatever the business line. */
public enum TraffickingIndicator {
    WITHHELD_DOCUMENTS,
    DEBT_BONDAGE,
    MINORS_PRESENT,
    NOT_FREE_TO_LEAVE,
    DECEPTIVE_RECRUITMENT_ABROAD,
    SEXUAL_EXPLOITATION
}
