package vn.vigil.inspection.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.vigil.core.api.MigrationsCompleted;

/**
 * Runs the outbox dispatcher after each transaction that wrote outbox rows has committed, and every minute for rows
 * left over (a crash between commit and dispatch, a failed observer).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final long SWEEP_SECONDS = 60;

    @Inject
    OutboxDispatcher dispatcher;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        executor.execute(this::dispatch);
    }

    void start(@Observes MigrationsCompleted event) {
        scheduler.scheduleWithFixedDelay(this::dispatch, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
    }

    private void dispatch() {
        try {
            dispatcher.dispatchPending();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox dispatch failed; the next sweep retries", e);
        }
    }
}
