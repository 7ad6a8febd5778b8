package vn.vigil.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vigil.core.api.calendar.HolidayKind.DAY_OFF;
import static vn.vigil.core.api.calendar.HolidayKind.MAKE_UP_WORKING_DAY;
import static vn.vigil.core.api.calendar.HolidayKind.PUBLIC_HOLIDAY;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.calendar.HolidayKind;

/** Working days in Viet Nam: Monday to Friday, less public holidays and days off, plus make-up Saturdays. */
class WorkingDaysTest {

    /** The 2025–2026 calendar as the seed data holds it. */
    private static final Map<LocalDate, HolidayKind> CALENDAR = Map.ofEntries(
            Map.entry(LocalDate.of(2025, 1, 1), PUBLIC_HOLIDAY),
            Map.entry(LocalDate.of(2025, 4, 7), PUBLIC_HOLIDAY),
            Map.entry(LocalDate.of(2025, 4, 26), MAKE_UP_WORKING_DAY), // Saturday, worked for 2 May
            Map.entry(LocalDate.of(2025, 4, 30), PUBLIC_HOLIDAY),
            Map.entry(LocalDate.of(2025, 5, 1), PUBLIC_HOLIDAY),
            Map.entry(LocalDate.of(2025, 5, 2), DAY_OFF),
            Map.entry(LocalDate.of(2025, 9, 1), PUBLIC_HOLIDAY),
            Map.entry(LocalDate.of(2025, 9, 2), PUBLIC_HOLIDAY),
            Map.entry(LocalDate.of(2026, 1, 1), PUBLIC_HOLIDAY),
            Map.entry(LocalDate.of(2026, 2, 16), PUBLIC_HOLIDAY), // Tết Bính Ngọ, Monday to Friday
            Map.entry(LocalDate.of(2026, 2, 17), PUBLIC_HOLIDAY),
            Map.entry(LocalDate.of(2026, 2, 18), PUBLIC_HOLIDAY),
            Map.entry(LocalDate.of(2026, 2, 19), PUBLIC_HOLIDAY),
            Map.entry(LocalDate.of(2026, 2, 20), PUBLIC_HOLIDAY),
            Map.entry(LocalDate.of(2026, 4, 27), DAY_OFF),
            Map.entry(LocalDate.of(2026, 4, 30), PUBLIC_HOLIDAY),
            Map.entry(LocalDate.of(2026, 5, 1), PUBLIC_HOLIDAY));

    private final WorkingDays calendar = new WorkingDays(CALENDAR);

    @ParameterizedTest(name = "{0} ({1}) is a working day: {2}")
    @CsvSource({
        "2026-02-09, Monday,                 true",
        "2026-02-13, Friday,                 true",
        "2026-02-14, Saturday,               false",
        "2026-02-15, Sunday,                 false",
        "2026-02-16, Tết Monday,             false",
        "2026-02-20, Tết Friday,             false",
        "2026-02-23, Monday after Tết,       true",
        "2025-04-26, make-up Saturday,       true",
        "2025-04-27, Sunday after make-up,   false",
        "2025-05-02, swapped day off Friday, false",
        "2026-04-27, day off Monday,         false",
        "2026-01-01, New Year Thursday,      false",
        "2026-01-02, Friday after New Year,  true",
    })
    void knowsWhichDaysAreWorked(LocalDate day, String what, boolean working) {
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource({
        "2026-02-09,  0, 2026-02-09, zero days is the start itself",
        "2026-02-14,  0, 2026-02-14, zero days from a weekend day is that day",
        "2026-02-09,  1, 2026-02-10, next weekday",
        "2026-02-06,  1, 2026-02-09, Friday to Monday",
        "2026-02-13,  1, 2026-02-23, over the weekend and all of Tết 2026",
        "2026-02-12,  2, 2026-02-23, Thursday before Tết",
        "2026-02-14,  1, 2026-02-23, from the Saturday before Tết",
        "2026-02-02, 10, 2026-02-23, ten days spanning Tết",
        "2025-04-25,  1, 2025-04-26, the make-up Saturday counts",
        "2025-04-29,  1, 2025-05-05, 'over 30/4, 1/5, the swapped 2/5 and a weekend'",
        "2025-04-24,  3, 2025-04-28, 'Friday, the make-up Saturday, Monday'",
        "2025-12-31,  1, 2026-01-02, across the year end and New Year's Day",
        "2025-12-30,  3, 2026-01-05, across the year end and a weekend",
        "2026-02-23, -1, 2026-02-13, backwards over Tết",
        "2026-01-02, -1, 2025-12-31, backwards across the year end",
        "2025-05-05, -1, 2025-04-29, backwards over the 30/4 bridge",
        "2025-04-28, -1, 2025-04-26, backwards onto the make-up Saturday",
    })
    void addsWorkingDays(LocalDate start, int days, LocalDate expected, String why) {
        assertThat(calendar.add(start, days)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "between {0} and {1}: {2} ({3})")
    @CsvSource({
        "2026-02-09, 2026-02-09,  0, same day",
        "2026-02-09, 2026-02-10,  1, 'the end day counts, the start does not'",
        "2026-03-02, 2026-03-09,  5, a plain week",
        "2026-02-13, 2026-02-23,  1, Tết 2026 and two weekends",
        "2026-02-01, 2026-02-28, 15, February 2026: 20 weekdays less 5 of Tết",
        "2025-04-25, 2025-05-05,  4, '26/4 worked; 30/4, 1/5 and 2/5 off'",
        "2025-12-31, 2026-01-05,  2, across the year end",
        "2026-02-23, 2026-02-13, -1, a negative span when the end comes first",
        "2026-01-05, 2025-12-31, -2, negative across the year end",
    })
    void countsWorkingDaysBetween(LocalDate from, LocalDate to, int expected, String why) {
        assertThat(calendar.between(from, to)).isEqualTo(expected);
    }

    static Stream<Arguments> startsAndSpans() {
        LocalDate first = LocalDate.of(2025, 12, 20);
        return IntStream.range(0, 75)
                .mapToObj(first::plusDays)
                .flatMap(start -> IntStream.of(1, 3, 7, 15, 30).mapToObj(n -> Arguments.of(start, n)));
    }

    @ParameterizedTest(name = "from {0}: between(start, add(start, {1})) = {1}")
    @MethodSource("startsAndSpans")
    void betweenUndoesAdd(LocalDate start, int days) {
        LocalDate end = calendar.add(start, days);

        assertThat(calendar.isWorkingDay(end)).isTrue();
        assertThat(calendar.between(start, end)).isEqualTo(days);
        assertThat(calendar.between(end, start)).isEqualTo(-days);
    }

    @Test
    void withoutHolidaysItIsPlainWeekdayArithmetic() {
        WorkingDays noHolidays = new WorkingDays(Map.of());

        assertThat(noHolidays.isWorkingDay(LocalDate.of(2026, 2, 16))).isTrue();
        assertThat(noHolidays.add(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(noHolidays.between(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)))
                .isEqualTo(20);
    }

    @Test
    void laterChangesToTheHolidayMapDoNotLeakIn() {
        Map<LocalDate, HolidayKind> holidays = new HashMap<>();
        WorkingDays snapshot = new WorkingDays(holidays);

        holidays.put(LocalDate.of(2026, 3, 2), PUBLIC_HOLIDAY);

        assertThat(snapshot.isWorkingDay(LocalDate.of(2026, 3, 2))).isTrue();
    }

    @Test
    void refusesARunawaySpan() {
        LocalDate start = LocalDate.of(2026, 1, 5);

        assertThat(calendar.add(start, 3_000)).isAfter(start.plusYears(11));
        assertThat(calendar.add(start, -3_000)).isBefore(start.minusYears(11));
        assertThatThrownBy(() -> calendar.add(start, 3_001))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("calendar.spanTooLong"));
        assertThatThrownBy(() -> calendar.add(start, -3_001))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("calendar.spanTooLong"));
    }
}
