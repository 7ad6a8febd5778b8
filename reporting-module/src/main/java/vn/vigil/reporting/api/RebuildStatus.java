package vn.vigil.reporting.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A full rebuild of the read model: who asked, how far it has got (steps are one fact for one month), and how it
 * ended. {@code failure} is a short technical reason, or null.
 */
public record RebuildStatus(
        long id,
        String requestedBy,
        Instant startedAt,
        Instant finishedAt,
        int stepsTotal,
        int stepsDone,
        String failure)
        implements Serializable {

    public boolean running() {
        return finishedAt == null;
    }

    public boolean succeeded() {
        return finishedAt != null && failure == null;
    }

    /** 0–100; a run with no steps counted yet is at 0. */
    public int percent() {
        return stepsTotal == 0 ? (running() ? 0 : 100) : (int) (100L * stepsDone / stepsTotal);
    }
}
