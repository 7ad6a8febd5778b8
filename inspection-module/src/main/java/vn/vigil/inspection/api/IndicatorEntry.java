package vn.vigil.inspection.api;

import java.io.Serializable;

/** Whether the team observed one sign of trafficking, with what it saw. */
public record IndicatorEntry(TraffickingIndicator indicator, boolean observed, String note) implements Serializable {}
