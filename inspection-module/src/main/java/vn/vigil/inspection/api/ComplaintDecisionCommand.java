package vn.vigil.inspection.api;

import java.time.LocalDate;

/** The outcome of a complaint and the day it was decided. */
public record ComplaintDecisionCommand(ComplaintOutcome outcome, LocalDate decidedOn, String note) {}
