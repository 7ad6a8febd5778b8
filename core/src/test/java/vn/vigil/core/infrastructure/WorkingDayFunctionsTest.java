package vn.vigil.core.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.calendar.HolidayKind;
import vn.vigil.core.domain.WorkingDays;
import vn.vigil.core.testing.TestDatabase;

/**
 * The working-day calendar in SQL (core.is_working_day, core.add_working_days, core.next_working_day), which the
 * invariant checks count statutory periods with, answers what WorkingDays answers over the seeded holiday table
 * (Tết, moved days off and a make-up Saturday in 2025 and 2026), for every day of three years.
 */
class WorkingDayFunctionsTest {

    private static final LocalDate FIRST = LocalDate.of(2024, 12, 1);
    private static final LocalDate LAST = LocalDate.of(2027, 12, 31);

    private static DataSource db;
    private static WorkingDays calendar;

    @BeforeAll
    static void migrate() throws SQLException {
        db = TestDatabase.newEmptyDatabase();
        SchemaMigrator.migrate(db, List.of(CoreSchemaAccess.coreSchema()));
        Map<LocalDate, HolidayKind> holidays = new HashMap<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select day, kind from core.holiday")) {
            while (rs.next()) {
                holidays.put(rs.getObject(1, LocalDate.class), HolidayKind.valueOf(rs.getString(2)));
            }
        }
        assertThat(holidays).containsValues(HolidayKind.values());
        calendar = new WorkingDays(holidays);
    }

    @Test
    void aWorkingDayIsOneForTheApplicationToo() throws SQLException {
        List<String> differences = new ArrayList<>();
        for (Object[] row : rows("select d::date, core.is_working_day(d::date) from generate_series(date '" + FIRST
                + "', date '" + LAST + "', interval '1 day') d")) {
            LocalDate day = (LocalDate) row[0];
            if (calendar.isWorkingDay(day) != (Boolean) row[1]) {
                differences.add(day + " " + row[1]);
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void workingDaysAreAddedAsTheApplicationAddsThem() throws SQLException {
        List<String> differences = new ArrayList<>();
        for (Object[] row : rows("select d::date, n, core.add_working_days(d::date, n) from generate_series(date '"
                + FIRST + "', date '" + LAST + "', interval '1 day') d cross join generate_series(0, 12) n")) {
            LocalDate start = (LocalDate) row[0];
            int n = (Integer) row[1];
            LocalDate expected = calendar.add(start, n);
            if (!expected.equals(row[2])) {
                differences.add(start + " + " + n + ": " + row[2] + ", expected " + expected);
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void theNextWorkingDayIsTheDayItselfOrTheFirstAfterIt() throws SQLException {
        List<String> differences = new ArrayList<>();
        for (Object[] row : rows("select d::date, core.next_working_day(d::date) from generate_series(date '" + FIRST
                + "', date '" + LAST + "', interval '1 day') d")) {
            LocalDate expected = (LocalDate) row[0];
            while (!calendar.isWorkingDay(expected)) {
                expected = expected.plusDays(1);
            }
            if (!expected.equals(row[1])) {
                differences.add(row[0] + ": " + row[1] + ", expected " + expected);
            }
        }
        assertThat(differences).isEmpty();
    }

    private static List<Object[]> rows(String query) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = rs.getMetaData().getColumnType(i + 1) == Types.DATE
                            ? rs.getObject(i + 1, LocalDate.class)
                            : rs.getObject(i + 1);
                }
                rows.add(row);
            }
        }
        assertThat(rows).isNotEmpty();
        return rows;
    }
}
