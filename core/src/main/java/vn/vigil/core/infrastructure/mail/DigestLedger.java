package vn.vigil.core.infrastructure.mail;

import java.time.LocalDate;

/** Which days the daily digest has gone out: claiming a day succeeds once, however many nodes or runs ask. */
@FunctionalInterface
public interface DigestLedger {

    /** Whether the caller may send the digest of {@code day}: true the first time, false ever after. */
    boolean claim(LocalDate day);
}
