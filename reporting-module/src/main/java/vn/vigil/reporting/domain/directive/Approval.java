package vn.vigil.reporting.domain.directive;

import vn.vigil.core.api.DomainException;
import vn.vigil.reporting.api.directive.ApprovalState;

/**
 * The approval of a unit's figures, a value: each step returns the next one or refuses. Who may take a step (the
 * responsible department's focal point, the standing office) is the service's check; this one knows the order of the
 * steps, that nobody reviews or approves what they submitted, and that a return or an un-approval needs a reason.
 */
public record Approval(
        ApprovalState state, String submittedBy, String reviewedBy, String approvedBy, String returnedReason) {

    public static final int REASON_LENGTH = 1000;

    public static Approval draft() {
        return new Approval(ApprovalState.DRAFT, null, null, null, null);
    }

    /** Refuses a change of the figures unless they are a draft or were returned. */
    public void ensureEditable() {
        if (state == ApprovalState.APPROVED) {
            throw new DomainException("approval.locked");
        }
        if (!state.editable()) {
            throw new DomainException("approval.underReview");
        }
    }

    /** A commune's figures go to the responsible department first; a department's to the standing office. */
    public Approval submit(String by, boolean needsReview) {
        ensureEditable();
        return new Approval(
                needsReview ? ApprovalState.AWAITING_REVIEW : ApprovalState.AWAITING_APPROVAL, by, null, null, null);
    }

    public Approval review(String by) {
        expect(ApprovalState.AWAITING_REVIEW);
        notOwn(by);
        return new Approval(ApprovalState.AWAITING_APPROVAL, submittedBy, by, null, null);
    }

    public Approval approve(String by) {
        expect(ApprovalState.AWAITING_APPROVAL);
        notOwn(by);
        return new Approval(ApprovalState.APPROVED, submittedBy, reviewedBy, by, null);
    }

    public Approval returnToUnit(String by, String reason) {
        if (state != ApprovalState.AWAITING_REVIEW && state != ApprovalState.AWAITING_APPROVAL) {
            throw new DomainException("approval.notWaiting");
        }
        notOwn(by);
        return new Approval(ApprovalState.RETURNED, submittedBy, null, null, reason(reason));
    }

    /** Unlocks approved figures: back to awaiting approval, the reason kept. */
    public Approval unapprove(String reason) {
        expect(ApprovalState.APPROVED);
        return new Approval(ApprovalState.AWAITING_APPROVAL, submittedBy, reviewedBy, null, reason(reason));
    }

    private void expect(ApprovalState expected) {
        if (state != expected) {
            throw new DomainException("approval.wrongStep", state.name());
        }
    }

    private void notOwn(String by) {
        if (by.equals(submittedBy)) {
            throw new DomainException("approval.ownSubmission");
        }
    }

    private static String reason(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new DomainException("approval.reason.missing");
        }
        if (text.length() > REASON_LENGTH) {
            throw new DomainException("approval.reason.tooLong", REASON_LENGTH);
        }
        return text;
    }
}
