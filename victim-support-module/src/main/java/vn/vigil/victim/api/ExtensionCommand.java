package vn.vigil.victim.api;

import java.time.LocalDate;

/** More days of essential-needs support than the law's limit, granted by a named approver for a reason. */
public record ExtensionCommand(Integer extraDays, String reason, String approvedBy, LocalDate approvedOn) {}
