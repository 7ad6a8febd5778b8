package vn.vigil.inspection.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import vn.vigil.core.api.calendar.WorkingCalendar;

/**
 * The due date of a statutory period on the working-day calendar. Working days are counted from the day after the
 * start, skipping weekends and holidays. Calendar days and months run from the start as the Civil Code counts them
 * (a month ending on a day the month lacks ends on its last day) and, when the last day is a day off, the period
 * ends on the next working day.
 */
public final class DeadlineCalculator {

    private final WorkingCalendar calendar;

    public DeadlineCalculator(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar);
    }

    public LocalDate due(LocalDate start, RulePeriod period) {
        return switch (period.unit()) {
            case WORKING_DAYS -> calendar.addWorkingDays(start, period.amount());
            case DAYS -> nextWorkingDayFrom(start.plusDays(period.amount()));
            case MONTHS -> nextWorkingDayFrom(start.plusMonths(period.amount()));
            default -> throw new IllegalArgumentException("not a period: " + period.unit());
        };
    }

    /** Calendar days from {@code today} to {@code due}: 0 on the day itself, negative once overdue. */
    public static long daysLeft(LocalDate today, LocalDate due) {
        return ChronoUnit.DAYS.between(today, due);
    }

    private LocalDate nextWorkingDayFrom(LocalDate day) {
        LocalDate result = day;
        while (!calendar.isWorkingDay(result)) {
            result = result.plusDays(1);
        }
        return result;
    }
}
