package vn.vigil.inspection.api;

/** What a legal officer does to move a violation case on; each is one row of the case's history. */
public enum ViolationCaseAction {
    OPEN,
    RECORD_VIOLATION,
    REQUEST_EXPLANATION,
    ISSUE_DECISION,
    DECIDE_NOT_TO_SANCTION,
    DELIVER_DECISION,
    SETTLE_PAYMENT,
    START_ENFORCEMENT,
    CLOSE,
    TRANSFER_TO_POLICE,
    RETURN_FROM_POLICE,
    PROSECUTE,
    EXEMPT_AS_VICTIM,
    FILE_COMPLAINT,
    DECIDE_COMPLAINT;

    /** Actions whose reason the history must hold (a choice the law asks to justify). */
    public boolean needsReason() {
        return this == DECIDE_NOT_TO_SANCTION
                || this == START_ENFORCEMENT
                || this == TRANSFER_TO_POLICE
                || this == RETURN_FROM_POLICE
                || this == EXEMPT_AS_VICTIM
                || this == FILE_COMPLAINT;
    }
}
