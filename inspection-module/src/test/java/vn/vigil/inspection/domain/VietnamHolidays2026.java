package vn.vigil.inspection.domain;

import static vn.vigil.core.api.calendar.HolidayKind.DAY_OFF;
import static vn.vigil.core.api.calendar.HolidayKind.PUBLIC_HOLIDAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.vigil.core.api.calendar.HolidayCommand;
import vn.vigil.core.api.calendar.HolidayKind;
import vn.vigil.core.api.calendar.HolidayView;
import vn.vigil.core.api.calendar.WorkingCalendar;
import vn.vigil.core.domain.WorkingDays;

/**
 * The working-day calendar with the 2026 public holidays (New Year, Tết 16–20 February on weekdays, Hùng Kings'
 * day moved to Monday 27 April, 30 April and 1 May, National Day 1–2 September) and New Year 2027.
 */
final class VietnamHolidays2026 implements WorkingCalendar {

    private static final Map<LocalDate, HolidayKind> DAYS = Map.ofEntries(
            Map.entry(LocalDate.of(2026, 1, 1), PUBLIC_HOLIDAY),
            Map.entry(LocalDate.of(2026, 2, 16), PUBLIC_HOLIDAY),
            Map.entry(LocalDate.of(2026, 2, 17), PUBLIC_HOLIDAY),
            Map.entry(LocalDate.of(2026, 2, 18), PUBLIC_HOLIDAY),
            Map.entry(LocalDate.of(2026, 2, 19), PUBLIC_HOLIDAY),
            Map.entry(LocalDate.of(2026, 2, 20), PUBLIC_HOLIDAY),
            Map.entry(LocalDate.of(2026, 4, 27), DAY_OFF),
            Map.entry(LocalDate.of(2026, 4, 30), PUBLIC_HOLIDAY),
            Map.entry(LocalDate.of(2026, 5, 1), PUBLIC_HOLIDAY),
            Map.entry(LocalDate.of(2026, 9, 1), PUBLIC_HOLIDAY),
            Map.entry(LocalDate.of(2026, 9, 2), PUBLIC_HOLIDAY),
            Map.entry(LocalDate.of(2027, 1, 1), PUBLIC_HOLIDAY));

    private final WorkingDays days = new WorkingDays(DAYS);

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return days.isWorkingDay(day);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        return days.add(start, workingDays);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return days.between(from, to);
    }

    @Override
    public List<HolidayView> holidays(int year) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<HolidayView> findHoliday(long id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public HolidayView addHoliday(HolidayCommand command) {
        throw new UnsupportedOperationException();
    }

    @Override
    public HolidayView updateHoliday(long id, long version, HolidayCommand command) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void removeHoliday(long id) {
        throw new UnsupportedOperationException();
    }
}
