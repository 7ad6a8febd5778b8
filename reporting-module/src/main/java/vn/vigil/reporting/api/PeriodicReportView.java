package vn.vigil.reporting.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A periodic report. {@code figures}: for an issued report the snapshot it was issued with; for a draft the figures
 * as they stand now (they change until it is issued). {@code version} is the row's version for optimistic changes;
 * {@code reportVersion} counts corrections (2: the first correction of an issued report).
 */
public record PeriodicReportView(
        long id,
        ReportKind kind,
        int year,
        Long provinceId,
        LocalDate from,
        LocalDate cutOff,
        String status,
        int reportVersion,
        Long replacesId,
        String number,
        LocalDate issuedOn,
        String issuedBy,
        Narrative narrative,
        long version,
        int smallCountThreshold,
        List<Indicator> figures)
        implements Serializable {

    public boolean issued() {
        return "ISSUED".equals(status);
    }

    /** What the standing office writes: results achieved, shortcomings and causes, proposals, next period's tasks. */
    public record Narrative(String assessment, String difficulties, String proposals, String nextTasks)
            implements Serializable {}
}
