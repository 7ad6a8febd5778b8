package vn.vigil.inspection.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The sanction decision: its day and one fine (whole đồng) for each act of the record, in the record's order. Its
 * number is taken from the document numbering when it is issued.
 */
public record DecisionCommand(LocalDate decidedOn, List<Long> fines) {}
