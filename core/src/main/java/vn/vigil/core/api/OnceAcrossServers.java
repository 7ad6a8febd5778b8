package vn.vigil.core.api;

import java.time.Duration;

/**
 * Work that must happen once per occurrence however many servers run Vigil: the daily digest of a day, the nightly
 * risk recompute. Every server asks at the occurrence's time; the first to claim the occurrence does the work under a
 * lease (kept in PostgreSQL, renewed while the work runs), the others find it taken. A server that dies mid-way stops
 * renewing; when its lease runs out another server takes the occurrence over. A finished occurrence is never done
 * again.
 */
public interface OnceAcrossServers {

    /** What became of one server's attempt at an occurrence. */
    enum Outcome {
        /** This server did the work, and the occurrence is finished. */
        RAN,
        /** Finished already (by any server), or given up after too many failed attempts: nothing to do. */
        DONE,
        /** Another server holds a live lease on it. */
        HELD_ELSEWHERE,
        /** This server took it and the work failed; the occurrence is free for another attempt. */
        FAILED
    }

    /** Claims the occurrence and does {@code work} in the calling thread if it is neither finished nor held. */
    Outcome run(String job, String occurrence, Duration lease, Runnable work);

    /**
     * As {@link #run}, on the server's background executor, and, while the occurrence is held by another server or
     * failed here, tries again each time the lease could have run out, until it is finished: the way a server that
     * died is taken over.
     */
    void runOrTakeOver(String job, String occurrence, Duration lease, Runnable work);
}
