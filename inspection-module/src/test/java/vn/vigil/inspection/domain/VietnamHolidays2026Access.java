package vn.vigil.inspection.domain;

import vn.vigil.core.api.calendar.WorkingCalendar;

/** The 2026 test calendar for tests outside this package. */
public final class VietnamHolidays2026Access {

    private VietnamHolidays2026Access() {}

    public static WorkingCalendar calendar() {
        return new VietnamHolidays2026();
    }
}
