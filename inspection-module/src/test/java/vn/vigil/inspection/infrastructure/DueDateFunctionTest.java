package vn.vigil.inspection.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.calendar.HolidayCommand;
import vn.vigil.core.api.calendar.HolidayKind;
import vn.vigil.core.api.calendar.HolidayView;
import vn.vigil.core.api.calendar.WorkingCalendar;
import vn.vigil.core.domain.WorkingDays;
import vn.vigil.core.testing.TestDatabase;
import vn.vigil.inspection.api.RuleUnit;
import vn.vigil.inspection.domain.DeadlineCalculator;
import vn.vigil.inspection.domain.RulePeriod;

/**
 * The invariant check of stored cases counts deadlines with violation.due_date: for every statutory period of the
 * rule table and every start day of three years (across Tết, moved days off, a make-up Saturday, month ends), it
 * answers what the application's DeadlineCalculator answers with the rule in force that day and the same holidays.
 */
class DueDateFunctionTest {

    @Test
    void theStoredDueDateIsTheApplicationsDueDate() throws SQLException {
        InspectionTestDatabase.factory();
        Map<LocalDate, HolidayKind> holidays = new HashMap<>();
        List<String> differences = new ArrayList<>();
        int compared = 0;
        try (Connection c = TestDatabase.dataSource().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select day, kind from core.holiday")) {
                while (rs.next()) {
                    holidays.put(rs.getObject(1, LocalDate.class), HolidayKind.valueOf(rs.getString(2)));
                }
            }
            DeadlineCalculator calculator = new DeadlineCalculator(new Holidays(holidays));
            try (ResultSet rs = s.executeQuery("""
                    select r.code, d::date, r.amount, r.unit, violation.due_date(r.code, d::date)
                    from generate_series(date '2024-12-01', date '2027-12-31', interval '1 day') d
                    join violation.violation_rule r
                      on r.valid_from <= d::date and (r.valid_until is null or d::date <= r.valid_until)
                    where r.unit in ('WORKING_DAYS', 'DAYS', 'MONTHS')""")) {
                while (rs.next()) {
                    LocalDate start = rs.getObject(2, LocalDate.class);
                    LocalDate expected =
                            calculator.due(start, new RulePeriod(rs.getInt(3), RuleUnit.valueOf(rs.getString(4))));
                    LocalDate stored = rs.getObject(5, LocalDate.class);
                    if (!expected.equals(stored)) {
                        differences.add(rs.getString(1) + " from " + start + ": " + stored + ", expected " + expected);
                    }
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(10_000);
        assertThat(differences).isEmpty();
    }

    /** The holiday table as the application's calendar sees it. */
    private static final class Holidays implements WorkingCalendar {

        private final WorkingDays days;

        Holidays(Map<LocalDate, HolidayKind> days) {
            this.days = new WorkingDays(days);
        }

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
}
