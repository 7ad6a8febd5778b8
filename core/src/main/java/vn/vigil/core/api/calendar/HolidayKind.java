package vn.vigil.core.api.calendar;

/** A public holiday, an extra day off (swapped or compensatory), or a weekend day worked to make up for one. */
public enum HolidayKind {
    PUBLIC_HOLIDAY,
    DAY_OFF,
    MAKE_UP_WORKING_DAY
}
