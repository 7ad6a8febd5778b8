package vn.vigil.inspection.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The record of violation (biên bản vi phạm hành chính): the violator, the acts of the legal catalogue, the day
 * of the record, the day the act ended (empty if it was ongoing when detected) and whether it is in a field the
 * law gives two years of limitation.
 */
public record RecordViolationCommand(
        ViolatorKind violatorKind,
        String violatorName,
        List<Long> provisionIds,
        LocalDate recordedOn,
        LocalDate actEndedOn,
        boolean listedField) {}
