package vn.vigil.reporting.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vigil.core.api.BackgroundWork;
import vn.vigil.core.api.MigrationsCompleted;

/**
 * Every {@code vigil.schedules.check-every} (default a minute) plans the scheduled reports that are due and sends what
 * waits, on the bounded background executor. Every server runs it; the database makes each sending happen once
 * ({@link ScheduledReportRunner}). Scheduled only when mail is switched on ({@code vigil.mail.enabled}).
 */
@ApplicationScoped
public class ScheduledReportJob {

    private static final Logger LOG = Logger.getLogger(ScheduledReportJob.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = BackgroundWork.EXECUTOR)
    ManagedExecutorService executor;

    @Inject
    ScheduledReportRunner runner;

    @Inject
    @ConfigProperty(name = "vigil.mail.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "vigil.schedules.check-every", defaultValue = "PT1M")
    Duration every;

    private volatile ScheduledFuture<?> checks;

    void schedule(@Observes MigrationsCompleted ready) {
        if (!enabled) {
            LOG.info("Scheduled reports not sent: mail is switched off (vigil.mail.enabled=false)");
            return;
        }
        long period = Math.max(1000, every.toMillis());
        checks = scheduler.scheduleAtFixedRate(this::check, period, period, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Scheduled reports checked every " + every);
    }

    @PreDestroy
    void cancel() {
        if (checks != null) {
            checks.cancel(false);
        }
    }

    /** Sends what waits (a "send now") on the background executor at once, without waiting for the next check. */
    public void sendWaitingNow() {
        handOver(false);
    }

    private void check() {
        handOver(true);
    }

    private void handOver(boolean plan) {
        try {
            executor.execute(() -> {
                try {
                    if (plan) {
                        runner.plan(Instant.now());
                    }
                    runner.sendWaiting();
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "Sending scheduled reports failed; tried again at the next check", e);
                }
            });
        } catch (RejectedExecutionException full) {
            // nothing is lost: what is due stays in the database for the next check
            LOG.warning("Scheduled reports wait for the next check: the background executor is full");
        }
    }
}
