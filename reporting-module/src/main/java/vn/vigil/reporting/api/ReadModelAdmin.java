package vn.vigil.reporting.api;

import java.util.Optional;

/** The administrator's hold on the reporting read model. */
public interface ReadModelAdmin {

    /**
     * Starts a full rebuild in the background, or returns the one already running (on any server). Idempotent: the
     * figures are recomputed from the base tables and replaced, so a second rebuild changes nothing.
     *
     * @throws vn.vigil.core.api.DomainException {@code reporting.rebuild.busy} when the background executor is full
     */
    RebuildStatus rebuild();

    /** The latest rebuild, running or ended; empty before the first. */
    Optional<RebuildStatus> latestRebuild();

    /** How many changed slices wait to be applied (the read model lags the base tables by these). */
    long pendingSlices();
}
