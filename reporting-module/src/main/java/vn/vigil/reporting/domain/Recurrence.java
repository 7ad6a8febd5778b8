package vn.vigil.reporting.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import vn.vigil.core.api.DomainException;
import vn.vigil.reporting.api.Cadence;
import vn.vigil.reporting.api.Period;

/**
 * When a scheduled report is due, in Vietnam time: monthly on day 1–28 or weekly on a weekday, at a time of day; and
 * what a sending covers: the previous whole month, or the previous whole week (Monday to Sunday).
 */
public record Recurrence(Cadence cadence, Integer dayOfMonth, DayOfWeek dayOfWeek, LocalTime sendAt) {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final int LAST_DAY = 28;

    public Recurrence {
        if (cadence == null) {
            throw new DomainException("schedules.cadence.missing");
        }
        if (sendAt == null) {
            throw new DomainException("schedules.time.missing");
        }
        sendAt = sendAt.withSecond(0).withNano(0);
        if (cadence == Cadence.MONTHLY) {
            if (dayOfMonth == null || dayOfMonth < 1 || dayOfMonth > LAST_DAY) {
                throw new DomainException("schedules.dayOfMonth.invalid", LAST_DAY);
            }
            dayOfWeek = null;
        } else {
            if (dayOfWeek == null) {
                throw new DomainException("schedules.dayOfWeek.missing");
            }
            dayOfMonth = null;
        }
    }

    /** The latest due time at or before {@code now}. */
    public ZonedDateTime latestDueAtOrBefore(ZonedDateTime now) {
        ZonedDateTime local = now.withZoneSameInstant(VIETNAM);
        ZonedDateTime due = dueIn(local.toLocalDate());
        return due.isAfter(local) ? dueIn(previousCycle(local.toLocalDate())) : due;
    }

    /** The first due time after {@code now}. */
    public ZonedDateTime nextDueAfter(ZonedDateTime now) {
        ZonedDateTime local = now.withZoneSameInstant(VIETNAM);
        ZonedDateTime due = dueIn(local.toLocalDate());
        return due.isAfter(local) ? due : dueIn(nextCycle(local.toLocalDate()));
    }

    /** The whole period before the day a sending is due: the previous month, or the previous Monday-to-Sunday week. */
    public Period periodCovered(LocalDate dueDay) {
        if (cadence == Cadence.MONTHLY) {
            LocalDate first = dueDay.withDayOfMonth(1).minusMonths(1);
            return new Period(first, first.with(TemporalAdjusters.lastDayOfMonth()));
        }
        LocalDate monday =
                dueDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        return new Period(monday, monday.plusDays(6));
    }

    /** The due time in the month or week of {@code day}. */
    private ZonedDateTime dueIn(LocalDate day) {
        LocalDate date = cadence == Cadence.MONTHLY
                ? day.withDayOfMonth(dayOfMonth)
                : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .with(TemporalAdjusters.nextOrSame(dayOfWeek));
        return date.atTime(sendAt).atZone(VIETNAM);
    }

    private LocalDate previousCycle(LocalDate day) {
        return cadence == Cadence.MONTHLY ? day.minusMonths(1) : day.minusWeeks(1);
    }

    private LocalDate nextCycle(LocalDate day) {
        return cadence == Cadence.MONTHLY ? day.plusMonths(1) : day.plusWeeks(1);
    }
}
