package vn.vigil.core.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.calendar.HolidayKind;

/** Working-day arithmetic over a holiday table (pure, so every deadline rule can be unit-tested). */
public final class WorkingDays {

    /** No legal period runs longer than this many working days; guards against a runaway loop. */
    private static final int MAX_SPAN = 3_000;

    private final Map<LocalDate, HolidayKind> exceptions;

    public WorkingDays(Map<LocalDate, HolidayKind> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    public boolean isWorkingDay(LocalDate day) {
        HolidayKind exception = exceptions.get(day);
        if (exception != null) {
            return exception == HolidayKind.MAKE_UP_WORKING_DAY;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    public LocalDate add(LocalDate start, int workingDays) {
        if (Math.abs(workingDays) > MAX_SPAN) {
            throw new DomainException("calendar.spanTooLong", MAX_SPAN);
        }
        int step = workingDays >= 0 ? 1 : -1;
        int remaining = Math.abs(workingDays);
        LocalDate day = start;
        while (remaining > 0) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    public int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
