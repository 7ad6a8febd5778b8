package vn.vigil.reporting.domain.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.vigil.reporting.api.directive.TaskRecurrence;
import vn.vigil.reporting.api.directive.Timeliness;

class TaskScheduleTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC = LocalDate.of(2026, 12, 31);

    @Test
    void aMonthlyReportIsDueOnItsDayOfEveryMonthAndCoversThe15thToThe14th() {
        TaskSchedule monthly = new TaskSchedule(TaskRecurrence.MONTHLY, null, 20);
        assertThat(monthly.occurrences(JAN, DEC)).hasSize(12).startsWith(LocalDate.of(2026, 1, 20));
        LocalDate july = LocalDate.of(2026, 7, 20);
        assertThat(monthly.isDueOn(july)).isTrue();
        assertThat(monthly.isDueOn(july.plusDays(1))).isFalse();
        assertThat(monthly.periodFrom(july, JAN)).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(monthly.periodUntil(july)).isEqualTo(LocalDate.of(2026, 7, 14));
    }

    @Test
    void quarterlyHalfYearlyAndAnnualReportsCloseOnTheirLastMonth() {
        assertThat(new TaskSchedule(TaskRecurrence.QUARTERLY, null, 15).occurrences(JAN, DEC))
                .containsExactly(
                        LocalDate.of(2026, 3, 15),
                        LocalDate.of(2026, 6, 15),
                        LocalDate.of(2026, 9, 15),
                        LocalDate.of(2026, 12, 15));
        TaskSchedule half = new TaskSchedule(TaskRecurrence.HALF_YEARLY, null, 18);
        assertThat(half.occurrences(JAN, DEC)).containsExactly(LocalDate.of(2026, 6, 18), LocalDate.of(2026, 12, 18));
        assertThat(half.periodFrom(LocalDate.of(2026, 6, 18), JAN)).isEqualTo(LocalDate.of(2025, 12, 15));
        TaskSchedule annual = new TaskSchedule(TaskRecurrence.ANNUAL, null, 25);
        assertThat(annual.occurrences(JAN, DEC)).containsExactly(LocalDate.of(2026, 12, 25));
        assertThat(annual.periodFrom(LocalDate.of(2026, 12, 25), JAN)).isEqualTo(LocalDate.of(2025, 12, 15));
    }

    @Test
    void aOneOffTaskIsDueOnceAndCoversTheDirectiveUpToItsDate() {
        LocalDate due = LocalDate.of(2026, 10, 10);
        TaskSchedule once = new TaskSchedule(TaskRecurrence.ONCE, due, 20);
        assertThat(once.reportDay()).isNull();
        assertThat(once.occurrences(JAN, DEC)).containsExactly(due);
        assertThat(once.occurrences(JAN, LocalDate.of(2026, 9, 30))).isEmpty();
        assertThat(once.periodFrom(due, LocalDate.of(2026, 7, 1))).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(once.periodUntil(due)).isEqualTo(due);
    }

    @Test
    void aScheduleWithoutItsDateOrWithAReportDayOutside15To28IsRefused() {
        assertThatThrownBy(() -> new TaskSchedule(TaskRecurrence.ONCE, null, null))
                .hasMessageContaining("directives.task.due.missing");
        assertThatThrownBy(() -> new TaskSchedule(TaskRecurrence.MONTHLY, null, 10))
                .hasMessageContaining("directives.task.reportDay");
        assertThatThrownBy(() -> new TaskSchedule(TaskRecurrence.MONTHLY, null, 29))
                .hasMessageContaining("directives.task.reportDay");
        assertThatThrownBy(() -> new TaskSchedule(null, null, 20)).hasMessageContaining("recurrence.missing");
    }

    @Test
    void aLongPeriodListsAtMostTenYearsOfDueDates() {
        TaskSchedule monthly = new TaskSchedule(TaskRecurrence.MONTHLY, null, 20);
        assertThat(monthly.occurrences(JAN, JAN.plusYears(50))).hasSize(TaskSchedule.MAX_OCCURRENCES);
    }

    @Test
    void aReportIsOnTimeWhenSentByItsDueDateInVietnam() {
        LocalDate due = LocalDate.of(2026, 7, 20);
        // 23:30 on the 20th in Vietnam is 16:30 UTC
        assertThat(Timeline.timeliness(due, Instant.parse("2026-07-20T16:30:00Z"), due.plusDays(5)))
                .isEqualTo(Timeliness.ON_TIME);
        // 00:30 on the 21st in Vietnam is 17:30 UTC on the 20th
        assertThat(Timeline.timeliness(due, Instant.parse("2026-07-20T17:30:00Z"), due.plusDays(5)))
                .isEqualTo(Timeliness.LATE);
        assertThat(Timeline.timeliness(due, null, due)).isEqualTo(Timeliness.NOT_DUE);
        assertThat(Timeline.timeliness(due, null, due.plusDays(1))).isEqualTo(Timeliness.MISSING);
    }
}
