package vn.vigil.victim.api;

/** What a rate is paid per: a day (quantity = days of the period), a month, or once. */
public enum RateUnit {
    PER_DAY,
    PER_MONTH,
    ONE_OFF
}
