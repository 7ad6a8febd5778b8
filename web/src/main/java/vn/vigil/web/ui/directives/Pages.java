package vn.vigil.web.ui.directives;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** What the directive pages share: dates as Vietnam writes them. */
final class Pages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Pages() {}

    static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    static String moment(Instant moment) {
        return moment == null ? "" : MINUTE.format(moment.atZone(VIETNAM));
    }
}
