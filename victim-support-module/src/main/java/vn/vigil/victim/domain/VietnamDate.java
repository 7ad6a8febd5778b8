package vn.vigil.victim.domain;

import java.time.LocalDate;
import java.time.ZoneId;

/** Today's date where the work happens. */
public final class VietnamDate {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamDate() {}

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
