package vn.vigil.reporting.api;

/** How often a scheduled report goes out: monthly on a day of the month, or weekly on a weekday. */
public enum Cadence {
    /** On day 1–28 of every month (28 at most, so every month has it), covering the previous whole month. */
    MONTHLY,
    /** On a weekday every week, covering the previous whole week, Monday to Sunday. */
    WEEKLY
}
