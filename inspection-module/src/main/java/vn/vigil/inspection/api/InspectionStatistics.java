package vn.vigil.inspection.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Counts of the establishment registry for dashboards. */
public interface InspectionStatistics {

    record Counts(long establishments, long operating, long suspended, long highRisk, long businessLines)
            implements Serializable {}

    Counts counts();

    /**
     * Violation cases with a running statutory deadline on {@code today}: how many, how many are past it, and how many
     * fall due within {@link CaseDeadlineView#DUE_SOON_DAYS} days.
     */
    record CaseCounts(long running, long overdue, long dueSoon) {}

    CaseCounts caseCounts(LocalDate today);

    List<BusinessLineView> businessLines();
}
