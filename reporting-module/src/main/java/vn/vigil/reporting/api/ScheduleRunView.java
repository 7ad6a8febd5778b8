package vn.vigil.reporting.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One sending of a scheduled report: planned for {@code dueAt}, covering {@code period}, tried {@code attempts}
 * times. {@code error} says why the last attempt failed.
 */
public record ScheduleRunView(
        long id,
        long scheduleId,
        String scheduleName,
        Period period,
        Instant dueAt,
        boolean manual,
        Status status,
        int attempts,
        Instant startedAt,
        Instant finishedAt,
        Instant nextAttemptAt,
        String error)
        implements Serializable {

    public enum Status {
        /** Due, waiting for a server to take it. */
        PENDING,
        /** A server is sending it. */
        RUNNING,
        /** The mail server took it. */
        SENT,
        /** The last attempt failed; it is tried again at {@code nextAttemptAt}. */
        RETRY,
        /** Every attempt failed; nothing more is tried. */
        FAILED
    }
}
