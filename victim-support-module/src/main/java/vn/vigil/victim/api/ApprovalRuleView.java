package vn.vigil.victim.api;

/** Requests of more than {@code secondApprovalAbove} đồng need a second finance officer's approval. */
public record ApprovalRuleView(long secondApprovalAbove, long version) {}
