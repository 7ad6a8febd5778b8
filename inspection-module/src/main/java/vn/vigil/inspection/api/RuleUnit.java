package vn.vigil.inspection.api;

/** What a violation rule's amount counts: a period (working days, calendar days, months) or an amount. */
public enum RuleUnit {
    WORKING_DAYS,
    DAYS,
    MONTHS,
    VND,
    BASIS_POINTS_PER_DAY;

    public boolean isPeriod() {
        return this == WORKING_DAYS || this == DAYS || this == MONTHS;
    }
}
