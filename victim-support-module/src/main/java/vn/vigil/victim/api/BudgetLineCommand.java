package vn.vigil.victim.api;

/** A budget line: a year's money from one funding source for one support type. */
public record BudgetLineCommand(Integer year, Long fundingSourceId, String supportType, Long amount, String note) {}
