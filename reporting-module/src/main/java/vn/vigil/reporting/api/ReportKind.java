package vn.vigil.reporting.api;

import java.time.LocalDate;

/**
 * The committee's periodic reports and the days they cover, by the state statistics convention: a six-month review
 * from the day after the previous year's December cut-off to the June cut-off, an annual review to the December
 * cut-off (the cut-off day of the month is the report's, default the 14th), and the peak campaign's own dates.
 */
public enum ReportKind {
    HALF_YEAR,
    ANNUAL,
    PEAK;

    /** The default cut-off day of the closing month. */
    public static final int DEFAULT_CUT_OFF_DAY = 14;

    public LocalDate from(int year, int cutOffDay) {
        return this == PEAK
                ? LocalDate.of(year, 7, 1)
                : LocalDate.of(year - 1, 12, cutOffDay).plusDays(1);
    }

    public LocalDate cutOff(int year, int cutOffDay) {
        return switch (this) {
            case HALF_YEAR -> LocalDate.of(year, 6, cutOffDay);
            case ANNUAL -> LocalDate.of(year, 12, cutOffDay);
            case PEAK -> LocalDate.of(year, 9, 30);
        };
    }
}
