package vn.vigil.inspection.api;

/**
 * Where a violation case stands in the statutory workflow. Closed states end the case: paid and closed,
 * decided not to sanction, exempted as a trafficking victim, or prosecuted by the criminal investigation body.
 */
public enum ViolationCaseStatus {
    OPENED,
    RECORDED,
    EXPLANATION,
    DECIDED,
    DELIVERED,
    PAID,
    ENFORCEMENT,
    TRANSFERRED_TO_POLICE,
    RETURNED,
    CLOSED,
    NOT_SANCTIONED,
    EXEMPTED,
    PROSECUTED;

    public boolean isClosed() {
        return this == CLOSED || this == NOT_SANCTIONED || this == EXEMPTED || this == PROSECUTED;
    }
}
