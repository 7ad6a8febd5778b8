package vn.vigil.reporting.domain.directive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.vigil.reporting.api.directive.Timeliness;

/**
 * The due dates of one task for one unit within its directive's period in force, and whether each report came in
 * time. A report counts as sent when it was first submitted (a draft is not sent); it is on time when submitted on or
 * before its due date, Vietnam time. A directive open-ended in time lists due dates up to a year ahead.
 */
public record Timeline(TaskSchedule schedule, LocalDate inForceFrom, LocalDate inForceUntil) {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Today in Vietnam. */
    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    public List<LocalDate> dueDates(LocalDate today) {
        LocalDate until = inForceUntil != null ? inForceUntil : today.plusYears(1);
        return schedule.occurrences(inForceFrom, until);
    }

    public LocalDate periodFrom(LocalDate due) {
        LocalDate from = schedule.periodFrom(due, inForceFrom);
        return from.isBefore(inForceFrom) ? inForceFrom : from;
    }

    public static Timeliness timeliness(LocalDate due, Instant submittedAt, LocalDate today) {
        if (submittedAt == null) {
            return today.isAfter(due) ? Timeliness.MISSING : Timeliness.NOT_DUE;
        }
        return submittedAt.atZone(VIETNAM).toLocalDate().isAfter(due) ? Timeliness.LATE : Timeliness.ON_TIME;
    }
}
