package vn.vigil.web.rest.funds;

/** A budget line's new amount (whole đồng) and note. */
public record BudgetLineRevision(Long amount, String note) {}
