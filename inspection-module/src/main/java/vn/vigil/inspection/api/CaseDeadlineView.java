package vn.vigil.inspection.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A line of the deadline board: an open case, its next statutory deadline and how urgent it is. */
public record CaseDeadlineView(
        long id,
        String violatorName,
        Long establishmentId,
        ViolationCaseStatus status,
        ViolationRuleCode dueRule,
        LocalDate dueOn,
        long daysLeft)
        implements Serializable {

    /** Days left at or under which a deadline is flagged as due soon. */
    public static final int DUE_SOON_DAYS = 2;

    public boolean overdue() {
        return daysLeft < 0;
    }

    public boolean dueSoon() {
        return daysLeft >= 0 && daysLeft <= DUE_SOON_DAYS;
    }
}
