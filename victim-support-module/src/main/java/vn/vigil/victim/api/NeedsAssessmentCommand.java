package vn.vigil.victim.api;

import java.time.LocalDate;
import java.util.Set;

/** A needs assessment: when, which support types are needed, and notes that identify nobody. */
public record NeedsAssessmentCommand(LocalDate assessedOn, Set<String> needs, String notes) {}
