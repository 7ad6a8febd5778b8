package vn.vigil.web.rest.funds;

/** The amount (whole đồng) above which a second finance officer must approve. */
public record ApprovalRuleRequest(Long secondApprovalAbove) {}
