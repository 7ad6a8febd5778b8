package vn.vigil.reporting.api.directive;

/**
 * Where a unit's figures stand: being written, waiting for the responsible department's review (a commune's), waiting
 * for the standing office's approval, approved (locked), or returned with a reason to be corrected and sent again.
 */
public enum ApprovalState {
    DRAFT,
    AWAITING_REVIEW,
    AWAITING_APPROVAL,
    APPROVED,
    RETURNED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
