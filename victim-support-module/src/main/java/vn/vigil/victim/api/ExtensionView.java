package vn.vigil.victim.api;

import java.time.LocalDate;

public record ExtensionView(long id, int extraDays, String reason, String approvedBy, LocalDate approvedOn) {}
