package vn.vigil.victim.api;

/**
 * A case worker's open caseload counted whole in one query: open cases, verifications overdue and falling due within
 * {@code dueSoonDays} days (from today), and cases received since the first of this month.
 */
public record CaseloadCounts(long open, long verificationsOverdue, long verificationsDueSoon, long receivedThisMonth) {}
