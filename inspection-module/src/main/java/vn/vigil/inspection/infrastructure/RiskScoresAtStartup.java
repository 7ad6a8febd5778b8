package vn.vigil.inspection.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.vigil.core.api.MigrationsCompleted;

/**
 * Brings stored risk scores up to date when the application starts (rows written before the scoring existed carry
 * no computed score), then every night at 01:00 Vietnam time, since the months since the last inspection grow.
 */
@ApplicationScoped
public class RiskScoresAtStartup {

    private static final Logger LOG = Logger.getLogger(RiskScoresAtStartup.class.getName());
    private static final LocalTime NIGHTLY = LocalTime.of(1, 0);

    @Inject
    RiskScoreRecompute recompute;

    @Resource
    ManagedScheduledExecutorService scheduler;

    void start(@Observes MigrationsCompleted event) {
        recompute.now("start-up");
        ZonedDateTime now = ZonedDateTime.now(RiskScoreRecompute.VIETNAM);
        ZonedDateTime next = now.with(NIGHTLY).isAfter(now)
                ? now.with(NIGHTLY)
                : now.plusDays(1).with(NIGHTLY);
        scheduler.scheduleAtFixedRate(
                this::nightly,
                Duration.between(now, next).toMillis(),
                TimeUnit.DAYS.toMillis(1),
                TimeUnit.MILLISECONDS);
    }

    /** A failed night is logged; the schedule goes on. */
    private void nightly() {
        try {
            recompute.now("nightly");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Nightly risk score recompute failed", e);
        }
    }
}
