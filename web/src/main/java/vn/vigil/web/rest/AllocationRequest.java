package vn.vigil.web.rest;

/** The budget line a support request is paid from. */
public record AllocationRequest(Long budgetLineId) {}
