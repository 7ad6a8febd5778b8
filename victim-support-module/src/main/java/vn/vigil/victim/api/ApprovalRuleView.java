package vn.vigil.victim.api;

import java.io.Serializable;

/** Requests of more than {@code secondApprovalAbove} đồng need a second finance officer's approval. */
public record ApprovalRuleView(long secondApprovalAbove, long version) implements Serializable {}
