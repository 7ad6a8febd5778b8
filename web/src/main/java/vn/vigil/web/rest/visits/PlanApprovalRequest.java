package vn.vigil.web.rest.visits;

import java.time.LocalDate;

/** The body of an approval: the day the official signed the plan (yyyy-MM-dd). */
public record PlanApprovalRequest(LocalDate approvedOn) {}
