package vn.vigil.reporting.api.directive;

import java.util.List;

/**
 * The two approvals of a unit's figures (reports on tasks and outreach activities): the responsible department's
 * focal point reviews a commune's, the standing office approves every unit's; either returns them with a reason.
 * Nobody reviews or approves what they sent themselves. Approved figures are locked; un-approving needs a reason and is
 * audited.
 */
public interface Approvals {

    /** What waits for the caller: reviews for a department's focal point, approvals for the standing office. */
    List<ApprovalItem> waiting();

    /** The standing office's latest approvals (reports and outreach), to un-approve one when a figure proves wrong. */
    List<ApprovalItem> recentlyApproved();

    void review(ApprovalItem.Subject subject, long id, long version);

    void approve(ApprovalItem.Subject subject, long id, long version);

    /** @throws vn.vigil.core.api.DomainException {@code approval.reason.missing} without a reason */
    void returnToUnit(ApprovalItem.Subject subject, long id, long version, String reason);

    /** Unlocks approved figures for correction (standing office), back to awaiting approval. */
    void unapprove(ApprovalItem.Subject subject, long id, long version, String reason);

    List<ApprovalStepView> history(ApprovalItem.Subject subject, long id);
}
