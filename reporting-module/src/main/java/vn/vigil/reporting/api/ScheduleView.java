package vn.vigil.reporting.api;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A scheduled report as the administrator sees it.
 *
 * @param recipients who receives it, by name, with the address it goes to (null: none on file any more)
 * @param nextDueAt when it goes out next, null while paused
 */
public record ScheduleView(
        long id,
        String name,
        Long provinceId,
        Cadence cadence,
        Integer dayOfMonth,
        DayOfWeek dayOfWeek,
        LocalTime sendAt,
        Set<ReportFormat> formats,
        List<Recipient> recipients,
        boolean active,
        Instant nextDueAt,
        long version)
        implements Serializable {

    /** A recipient of a scheduled report. */
    public record Recipient(long userId, String fullName, String email, boolean enabled) implements Serializable {}
}
