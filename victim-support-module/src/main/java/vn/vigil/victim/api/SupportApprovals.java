package vn.vigil.victim.api;

import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;

/**
 * The finance officer's side: allocate a request to a budget line, approve it (a second approver above the
 * threshold; never the requester, never the first approver twice), disburse it with a receipt, or cancel it
 * (which releases the money). A line never commits more than its amount, however many approve at once.
 */
public interface SupportApprovals {

    /** Requests in the given states (all open ones when null), oldest first; case codes only, one query per page. */
    Page<SupportRequestView> queue(SupportRequestStatus status, PageRequest page);

    SupportRequestView request(long id);

    /** A case's support history for finance, by case id: codes, types, amounts and states, no identity. */
    java.util.List<SupportRequestView> caseHistory(long caseId);

    SupportRequestView allocate(long id, long version, long budgetLineId);

    SupportRequestView approve(long id, long version);

    SupportRequestView disburse(long id, long version, DisbursementCommand command);

    SupportRequestView cancel(long id, long version, String reason);

    ApprovalRuleView approvalRule();

    ApprovalRuleView changeApprovalRule(long secondApprovalAbove, long version);
}
