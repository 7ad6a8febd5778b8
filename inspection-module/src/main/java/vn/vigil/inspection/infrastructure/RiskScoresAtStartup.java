package vn.vigil.inspection.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.vigil.core.api.BackgroundWork;
import vn.vigil.core.api.MigrationsCompleted;

/**
 * Brings stored risk scores up to date when the application starts (rows written before the scoring existed carry
 * no computed score), then every night at 01:00 Vietnam time, since the months since the last inspection grow. The
 * scheduler only keeps the time; each recompute runs on the bounded background executor, so start-up does not wait
 * for it.
 */
@ApplicationScoped
public class RiskScoresAtStartup {

    private static final Logger LOG = Logger.getLogger(RiskScoresAtStartup.class.getName());
    private static final LocalTime NIGHTLY = LocalTime.of(1, 0);

    @Inject
    RiskScoreRecompute recompute;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = BackgroundWork.EXECUTOR)
    Executor executor;

    void start(@Observes MigrationsCompleted event) {
        inBackground("start-up");
        ZonedDateTime now = ZonedDateTime.now(RiskScoreRecompute.VIETNAM);
        ZonedDateTime next = now.with(NIGHTLY).isAfter(now)
                ? now.with(NIGHTLY)
                : now.plusDays(1).with(NIGHTLY);
        scheduler.scheduleAtFixedRate(
                () -> inBackground("nightly"),
                Duration.between(now, next).toMillis(),
                TimeUnit.DAYS.toMillis(1),
                TimeUnit.MILLISECONDS);
    }

    /** A failed or refused run is logged; the schedule goes on. */
    private void inBackground(String occasion) {
        try {
            executor.execute(() -> {
                try {
                    recompute.now(occasion);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Risk score recompute (" + occasion + ") failed", e);
                }
            });
        } catch (RejectedExecutionException full) {
            LOG.warning("Risk score recompute (" + occasion + ") not started: the background executor is full");
        }
    }
}
