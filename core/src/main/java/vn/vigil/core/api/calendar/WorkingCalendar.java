package vn.vigil.core.api.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The working-day calendar every legal deadline is counted on: Monday to Friday, minus public holidays and days
 * off in the holiday table, plus weekend days turned into make-up working days.
 */
public interface WorkingCalendar {

    boolean isWorkingDay(LocalDate day);

    /** The day {@code workingDays} working days after {@code start} (start itself not counted). */
    LocalDate addWorkingDays(LocalDate start, int workingDays);

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    int workingDaysBetween(LocalDate from, LocalDate to);

    List<HolidayView> holidays(int year);

    Optional<HolidayView> findHoliday(long id);

    HolidayView addHoliday(HolidayCommand command);

    HolidayView updateHoliday(long id, long version, HolidayCommand command);

    void removeHoliday(long id);
}
