package vn.vigil.inspection.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The sanction decision: the number the document numbering gave it, its day, and one fine (whole đồng) for each
 * act of the record, in the record's order.
 */
public record DecisionCommand(String documentNumber, LocalDate decidedOn, List<Long> fines) {}
