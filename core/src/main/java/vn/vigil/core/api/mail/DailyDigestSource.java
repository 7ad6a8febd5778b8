package vn.vigil.core.api.mail;

import java.time.LocalDate;
import java.util.List;

/**
 * A module's contribution to the daily e-mail digest: a CDI bean implementing this is asked once a day for what
 * is due, and each recipient gets one e-mail with the items of every source. The call runs as "system", outside
 * any transaction of the job; a source that fails is logged and skipped, the others are still sent.
 */
public interface DailyDigestSource {

    /** What needs someone's attention on {@code today}, each item naming who should hear of it. */
    List<DigestItem> dueItems(LocalDate today);
}
