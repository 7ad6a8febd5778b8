package vn.vigil.victim.application;

import java.time.LocalDate;
import java.time.ZoneId;

/** The calendar day in Vietnam, where support is given and paid. */
final class Today {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Today() {}

    static LocalDate inVietnam() {
        return LocalDate.now(VIETNAM);
    }
}
