package vn.vigil.reporting.api.directive;

/**
 * When a task is reported on: once by a date, or periodically on a day of the period's last month (a month, a
 * quarter ending March, June, September or December, a half-year ending June or December, a year ending December).
 */
public enum TaskRecurrence {
    ONCE(0),
    MONTHLY(1),
    QUARTERLY(3),
    HALF_YEARLY(6),
    ANNUAL(12);

    private final int months;

    TaskRecurrence(int months) {
        this.months = months;
    }

    /** The months one period spans (0 for ONCE). */
    public int months() {
        return months;
    }
}
