package vn.vigil.inspection.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.vigil.core.api.MigrationsCompleted;
import vn.vigil.core.api.OnceAcrossServers;

/**
 * Brings stored risk scores up to date once a day: when the application starts (rows written before the scoring
 * existed carry no computed score), then every night at 01:00 Vietnam time, since the months since the last
 * inspection grow. Each day is an occurrence {@link OnceAcrossServers once across servers}: of several servers, or a
 * server restarted during the day, one recomputes and the others find the day done (or take it over if that server
 * dies). The scheduler only keeps the time; each recompute runs on the bounded background executor, so start-up does
 * not wait for it.
 */
@ApplicationScoped
public class RiskScoresAtStartup {

    private static final Logger LOG = Logger.getLogger(RiskScoresAtStartup.class.getName());
    private static final LocalTime NIGHTLY = LocalTime.of(1, 0);
    /** The job's name in {@code core.job_run}; each day (Vietnam time) is an occurrence. */
    static final String JOB = "risk-recompute";
    /** Renewed while a recompute runs (about 17 s on the national data set). */
    private static final Duration LEASE = Duration.ofMinutes(2);

    @Inject
    RiskScoreRecompute recompute;

    @Inject
    OnceAcrossServers once;

    @Resource
    ManagedScheduledExecutorService scheduler;

    void start(@Observes MigrationsCompleted event) {
        // the start-up recompute is once a day for each version of the schema: servers started together, or one after
        // another in a rolling restart, find it done; a start after a migration (which may change what scores are
        // made of) recomputes again, once for all servers
        inBackground("start-up", "schema " + event.schemaVersions());
        ZonedDateTime now = ZonedDateTime.now(RiskScoreRecompute.VIETNAM);
        ZonedDateTime next = now.with(NIGHTLY).isAfter(now)
                ? now.with(NIGHTLY)
                : now.plusDays(1).with(NIGHTLY);
        scheduler.scheduleAtFixedRate(
                () -> inBackground("nightly", ""),
                Duration.between(now, next).toMillis(),
                TimeUnit.DAYS.toMillis(1),
                TimeUnit.MILLISECONDS);
    }

    /** A failed or refused run is logged (and tried again while the day lasts); the schedule goes on. */
    private void inBackground(String occasion, String suffix) {
        String day = LocalDate.now(RiskScoreRecompute.VIETNAM).toString();
        try {
            once.runOrTakeOver(JOB, suffix.isEmpty() ? day : day + "/" + suffix, LEASE, () -> recompute.now(occasion));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Risk score recompute (" + occasion + ") not started", e);
        }
    }
}
