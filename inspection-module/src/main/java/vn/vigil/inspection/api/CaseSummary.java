package vn.vigil.inspection.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A line of the case list: who, where, since when, where the case stands and its next deadline. */
public record CaseSummary(
        long id,
        Long visitId,
        Long establishmentId,
        String establishmentName,
        String violatorName,
        ViolationCaseStatus status,
        LocalDate detectedOn,
        ViolationRuleCode dueRule,
        LocalDate dueOn,
        Long daysLeft,
        long balance)
        implements Serializable {

    public boolean overdue() {
        return daysLeft != null && daysLeft < 0;
    }
}
