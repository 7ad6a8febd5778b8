package vn.vigil.bench;

import java.time.Instant;

/**
 * The steady window of a run: from the end of the ramp for {@link Settings#DURATION} seconds. Requests sent in the
 * window keep their own name; the same requests sent during the ramp are named with " (ramp)" (and any after the
 * window with " (after)"), so that Gatling's report gives the steady figures apart and requests a second are the
 * window's count over its length. Users stop their work loop when the window ends, and a user started after it
 * leaves at once.
 */
final class Window {

    private static volatile long startMillis;

    private Window() {}

    /** Called in the simulation's before hook, just before Gatling starts the users. */
    static void begin(String simulation) {
        startMillis = System.currentTimeMillis();
        // bench/load.sh reads this line to tell the CPU figures of the same window
        System.out.printf(
                "[vigil-bench] %s: base %s, %d users, ramp %d s, steady window %d..%d (epoch ms), %s to %s%n",
                simulation,
                Settings.BASE,
                Settings.USERS,
                Settings.RAMP,
                steadyFrom(),
                steadyUntil(),
                Instant.ofEpochMilli(steadyFrom()),
                Instant.ofEpochMilli(steadyUntil()));
    }

    static long steadyFrom() {
        return startMillis + Settings.RAMP * 1000L;
    }

    static long steadyUntil() {
        return steadyFrom() + Settings.DURATION * 1000L;
    }

    /** Whether the users should go on working. */
    static boolean open() {
        return System.currentTimeMillis() < steadyUntil();
    }

    /**
     * The request's name for the report: as given inside the steady window, marked " (ramp)" before it and
     * " (after)" once it ended (Gatling's injection starts a moment after the window's clock, so it may still start
     * a user or two then; they leave at once, see {@link #open()}).
     */
    static String name(String request) {
        long now = System.currentTimeMillis();
        return now < steadyFrom() ? request + " (ramp)" : now < steadyUntil() ? request : request + " (after)";
    }
}
