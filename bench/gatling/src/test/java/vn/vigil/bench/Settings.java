package vn.vigil.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a run is given as system properties ({@code -Dname=value} on the Maven command line; the Gatling plugin hands
 * them to the simulation's JVM), with the defaults of issue 13's goal.
 */
final class Settings {

    /** Where Vigil answers: one server, or a load balancer in front of several. */
    static final String BASE = stripSlash(System.getProperty("base", "http://localhost:9080"));

    /** Concurrent virtual users in the steady part of the run (a closed model: a user that ends is replaced). */
    static final int USERS = Integer.getInteger("users", 50);

    /** Seconds over which the users come in, sign in and begin; their requests in this time are reported apart. */
    static final int RAMP = Integer.getInteger("ramp", 60);

    /** Seconds of the steady part, the one the figures are about. */
    static final int DURATION = Integer.getInteger("duration", 120);

    /** Milliseconds each person waits between two actions (0: as fast as the server answers). */
    static final long PAUSE_MS = Long.getLong("pause", 0L);

    /** The demo password every demo and generated account has. */
    static final String PASSWORD = System.getProperty("password", "Vigil@2026");

    /** The folder of the CSV files bench/load.sh extracts from the database (inspectors.csv, legal.csv, cases.csv). */
    static final Path FEEDERS = Path.of(System.getProperty("feeders", "target/feeders")).toAbsolutePath();

    /**
     * How REST callers of RecordVisitSimulation prove who they are: {@code session} (the login page, then its
     * cookies), {@code basic} (HTTP Basic on every call) or {@code token} (a personal API token created once with the
     * password, then {@code Authorization: Bearer} on every call, revoked at the end). Pages always use the session.
     */
    static final String AUTH = System.getProperty("auth", "session");

    /**
     * What a save asks back, as the field application's sync does: {@code minimal} sends {@code Prefer: return=minimal}
     * (the new version only), {@code whole} asks for the whole record (what saves answered before the preference).
     */
    static final String SAVE_ANSWER = System.getProperty("saveAnswer", "minimal");

    /**
     * Whether each save carries a fresh {@code Idempotency-Key}, as the field application's sync sends it (the server
     * then claims the key and keeps the answer in PostgreSQL): {@code true} by default.
     */
    static final boolean SAVE_KEYS = Boolean.parseBoolean(System.getProperty("saveKeys", "true"));

    /** The committee's account (the national data set has one: the demo committee member). */
    static final String COMMITTEE_USER = System.getProperty("committeeUser", "committee");

    private Settings() {}

    static String feeder(String file) {
        return FEEDERS.resolve(file).toString();
    }

    static Duration pause() {
        return Duration.ofMillis(PAUSE_MS);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
