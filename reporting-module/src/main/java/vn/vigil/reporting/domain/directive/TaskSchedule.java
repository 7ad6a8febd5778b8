package vn.vigil.reporting.domain.directive;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.vigil.core.api.DomainException;
import vn.vigil.reporting.api.directive.TaskRecurrence;

/**
 * When a task is due and which days each report covers. A one-off task is due on its date and covers the directive's
 * period in force up to that date. A periodic one is due on day {@code reportDay} (15–28) of each period's last month
 * and, as the government's reporting rules count periods (Decree 09/2019/NĐ-CP, art. 12), covers the 15th of the
 * month before the period to the 14th of its last month: a monthly report due 20 July covers 15 June – 14 July.
 */
public record TaskSchedule(TaskRecurrence recurrence, LocalDate dueOn, Integer reportDay) {

    public static final int FIRST_REPORT_DAY = 15;
    public static final int LAST_REPORT_DAY = 28;
    /** No task lists more due dates than this (ten years of monthly reports). */
    public static final int MAX_OCCURRENCES = 120;

    public TaskSchedule {
        if (recurrence == null) {
            throw new DomainException("directives.task.recurrence.missing");
        }
        if (recurrence == TaskRecurrence.ONCE) {
            if (dueOn == null) {
                throw new DomainException("directives.task.due.missing");
            }
            reportDay = null;
        } else {
            if (reportDay == null || reportDay < FIRST_REPORT_DAY || reportDay > LAST_REPORT_DAY) {
                throw new DomainException("directives.task.reportDay", FIRST_REPORT_DAY, LAST_REPORT_DAY);
            }
            dueOn = null;
        }
    }

    /** Every due date from {@code from} to {@code until} (inclusive), at most {@link #MAX_OCCURRENCES}. */
    public List<LocalDate> occurrences(LocalDate from, LocalDate until) {
        List<LocalDate> dates = new ArrayList<>();
        if (recurrence == TaskRecurrence.ONCE) {
            if (!dueOn.isBefore(from) && !dueOn.isAfter(until)) {
                dates.add(dueOn);
            }
            return dates;
        }
        YearMonth month = YearMonth.from(from);
        while (dates.size() < MAX_OCCURRENCES) {
            LocalDate due = month.atDay(reportDay);
            if (due.isAfter(until)) {
                break;
            }
            if (closesPeriod(month) && !due.isBefore(from)) {
                dates.add(due);
            }
            month = month.plusMonths(1);
        }
        return dates;
    }

    /** Whether {@code day} is one of the due dates. */
    public boolean isDueOn(LocalDate day) {
        return recurrence == TaskRecurrence.ONCE
                ? day.equals(dueOn)
                : day.getDayOfMonth() == reportDay && closesPeriod(YearMonth.from(day));
    }

    /** The first day a report due on {@code due} covers ({@code since}: the directive's start, for a one-off task). */
    public LocalDate periodFrom(LocalDate due, LocalDate since) {
        if (recurrence == TaskRecurrence.ONCE) {
            return since;
        }
        return YearMonth.from(due).minusMonths(recurrence.months()).atDay(15);
    }

    /** The last day a report due on {@code due} covers. */
    public LocalDate periodUntil(LocalDate due) {
        return recurrence == TaskRecurrence.ONCE ? due : YearMonth.from(due).atDay(14);
    }

    private boolean closesPeriod(YearMonth month) {
        return month.getMonthValue() % recurrence.months() == 0;
    }
}
