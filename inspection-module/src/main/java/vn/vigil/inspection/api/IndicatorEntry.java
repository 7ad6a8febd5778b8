package vn.vigil.inspection.api;

/** Whether the team observed one sign of trafficking, with what it saw. */
public record IndicatorEntry(TraffickingIndicator indicator, boolean observed, String note) {}
