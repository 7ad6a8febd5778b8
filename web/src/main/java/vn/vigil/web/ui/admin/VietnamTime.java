package vn.vigil.web.ui.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Shows moments as Vietnamese staff read them: dd/MM/yyyy, 24-hour clock, Vietnam time. */
final class VietnamTime {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZONE);

    private VietnamTime() {}

    static String toMinute(Instant moment) {
        return moment == null ? "" : MINUTES.format(moment);
    }

    static String toSecond(Instant moment) {
        return moment == null ? "" : SECONDS.format(moment);
    }
}
