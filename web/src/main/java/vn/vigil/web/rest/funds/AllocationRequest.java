package vn.vigil.web.rest.funds;

/** The budget line a support request is paid from. */
public record AllocationRequest(Long budgetLineId) {}
