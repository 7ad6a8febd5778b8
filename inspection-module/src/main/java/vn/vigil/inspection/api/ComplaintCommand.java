package vn.vigil.inspection.api;

import java.time.LocalDate;

/** A complaint against the decision: when it was filed, what it says, and whether the decision is suspended. */
public record ComplaintCommand(LocalDate filedOn, String summary, boolean suspendsDecision) {}
