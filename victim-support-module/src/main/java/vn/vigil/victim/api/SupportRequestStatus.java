package vn.vigil.victim.api;

/**
 * A support request's way: requested by the case worker, approved by a finance officer (a first approval only,
 * when the amount needs a second approver), disbursed with a receipt; or cancelled before disbursement.
 */
public enum SupportRequestStatus {
    REQUESTED,
    FIRST_APPROVED,
    APPROVED,
    DISBURSED,
    CANCELLED;

    /** Money is reserved on the budget line in these states. */
    public boolean commitsMoney() {
        return this == FIRST_APPROVED || this == APPROVED;
    }
}
