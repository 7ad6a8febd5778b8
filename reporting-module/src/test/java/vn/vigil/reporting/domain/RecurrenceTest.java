package vn.vigil.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vigil.core.api.DomainException;
import vn.vigil.reporting.api.Cadence;
import vn.vigil.reporting.api.Period;

class RecurrenceTest {

    private static final Recurrence MONTHLY_ON_5TH_AT_8 = new Recurrence(Cadence.MONTHLY, 5, null, LocalTime.of(8, 0));
    private static final Recurrence WEEKLY_ON_MONDAY_AT_7 =
            new Recurrence(Cadence.WEEKLY, null, DayOfWeek.MONDAY, LocalTime.of(7, 30));

    private static ZonedDateTime vietnam(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(Recurrence.VIETNAM);
    }

    @Test
    void aMonthlyReportIsDueOnItsDayAtItsTimeVietnamTime() {
        assertThat(MONTHLY_ON_5TH_AT_8.latestDueAtOrBefore(vietnam("2026-12-05T08:00")))
                .isEqualTo(vietnam("2026-12-05T08:00"));
        assertThat(MONTHLY_ON_5TH_AT_8.latestDueAtOrBefore(vietnam("2026-12-05T07:59")))
                .isEqualTo(vietnam("2026-11-05T08:00"));
        assertThat(MONTHLY_ON_5TH_AT_8.latestDueAtOrBefore(vietnam("2026-01-02T00:00")))
                .isEqualTo(vietnam("2025-12-05T08:00"));
        assertThat(MONTHLY_ON_5TH_AT_8.nextDueAfter(vietnam("2026-12-05T08:00")))
                .isEqualTo(vietnam("2027-01-05T08:00"));
        // 01:00 UTC on 5 December is 08:00 in Vietnam
        assertThat(MONTHLY_ON_5TH_AT_8
                        .latestDueAtOrBefore(
                                Instant.parse("2026-12-05T01:00:00Z").atZone(java.time.ZoneOffset.UTC))
                        .toInstant())
                .isEqualTo(Instant.parse("2026-12-05T01:00:00Z"));
    }

    @Test
    void aMonthlyReportCoversThePreviousWholeMonth() {
        assertThat(MONTHLY_ON_5TH_AT_8.periodCovered(LocalDate.of(2026, 3, 5)))
                .isEqualTo(new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertThat(MONTHLY_ON_5TH_AT_8.periodCovered(LocalDate.of(2027, 1, 5)))
                .isEqualTo(new Period(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void aWeeklyReportIsDueOnItsWeekdayAndCoversThePreviousMondayToSunday() {
        // 6 December 2026 is a Sunday
        assertThat(WEEKLY_ON_MONDAY_AT_7.latestDueAtOrBefore(vietnam("2026-12-06T12:00")))
                .isEqualTo(vietnam("2026-11-30T07:30"));
        assertThat(WEEKLY_ON_MONDAY_AT_7.nextDueAfter(vietnam("2026-12-06T12:00")))
                .isEqualTo(vietnam("2026-12-07T07:30"));
        assertThat(WEEKLY_ON_MONDAY_AT_7.periodCovered(LocalDate.of(2026, 12, 7)))
                .isEqualTo(new Period(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6)));
        Recurrence friday = new Recurrence(Cadence.WEEKLY, null, DayOfWeek.FRIDAY, LocalTime.of(16, 0));
        assertThat(friday.latestDueAtOrBefore(vietnam("2026-12-06T12:00"))).isEqualTo(vietnam("2026-12-04T16:00"));
        assertThat(friday.periodCovered(LocalDate.of(2026, 12, 4)))
                .isEqualTo(new Period(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 29, 31, -1})
    void aMonthlyDayOutside1To28IsRefused(int day) {
        assertThatThrownBy(() -> new Recurrence(Cadence.MONTHLY, day, null, LocalTime.NOON))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("schedules.dayOfMonth.invalid");
    }

    @Test
    void aWeeklyScheduleNeedsAWeekdayAndEveryScheduleATime() {
        assertThatThrownBy(() -> new Recurrence(Cadence.WEEKLY, 5, null, LocalTime.NOON))
                .hasMessageContaining("schedules.dayOfWeek.missing");
        assertThatThrownBy(() -> new Recurrence(Cadence.MONTHLY, 5, null, null))
                .hasMessageContaining("schedules.time.missing");
        assertThatThrownBy(() -> new Recurrence(null, 5, null, LocalTime.NOON))
                .hasMessageContaining("schedules.cadence.missing");
    }

    @Test
    void aFailedSendingWaitsTwiceAsLongEachTimeThenStops() {
        RetryPolicy retry = new RetryPolicy(3, Duration.ofMinutes(5));
        Instant failed = Instant.parse("2026-12-05T01:00:00Z");

        assertThat(retry.nextAttempt(1, failed)).contains(failed.plus(Duration.ofMinutes(5)));
        assertThat(retry.nextAttempt(2, failed)).contains(failed.plus(Duration.ofMinutes(10)));
        assertThat(retry.nextAttempt(3, failed)).isEmpty();
    }
}
