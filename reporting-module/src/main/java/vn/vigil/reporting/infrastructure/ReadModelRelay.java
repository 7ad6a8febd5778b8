package vn.vigil.reporting.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.MigrationsCompleted;

/**
 * Keeps the read model current: every {@code reporting.apply-interval-ms} (300 ms) it applies the queued slices in
 * short transactions, so a committed change shows in the figures within about a second. At start, a read model
 * never built is rebuilt in the background.
 */
@ApplicationScoped
public class ReadModelRelay {

    private static final Logger LOG = Logger.getLogger(ReadModelRelay.class.getName());

    /** Slices per transaction: short enough that a writer waiting on one of them waits a few milliseconds. */
    static final int BATCH = 50;

    /** Batches per tick, so one tick never runs long; the next tick goes on. */
    static final int BATCHES_PER_TICK = 40;

    @Inject
    ReadModelRelay self;

    @Inject
    ReadModelStore store;

    @Inject
    ReadModelRebuild rebuild;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "reporting.apply-interval-ms", defaultValue = "300")
    long intervalMs;

    /** How often (in ticks) the relay checks that the read model has been built: about every 30 s. */
    static final int BUILT_CHECK_TICKS = 100;

    private int ticks;

    void start(@Observes MigrationsCompleted event) {
        scheduler.scheduleWithFixedDelay(this::tick, intervalMs, intervalMs, TimeUnit.MILLISECONDS);
        buildIfNeverBuilt();
    }

    /**
     * A read model that was never built well (a fresh database, a bulk load that emptied it, a rebuild that failed)
     * is rebuilt; at most one rebuild runs on any number of servers.
     */
    private void buildIfNeverBuilt() {
        try {
            if (!self.everBuilt()) {
                rebuild.start("system")
                        .ifPresent(run -> LOG.info("Reporting read model not built: rebuild " + run + " started"));
            }
        } catch (DomainException | IllegalStateException e) {
            LOG.log(Level.WARNING, "A rebuild of the reporting read model could not start; the relay tries again", e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public boolean everBuilt() {
        return store.everBuilt();
    }

    /** Applies one batch; the number applied, or -1 when another applier or a rebuild step holds the model. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int applyBatch() {
        return store.applyDirty(BATCH);
    }

    private void tick() {
        if (++ticks % BUILT_CHECK_TICKS == 0) {
            buildIfNeverBuilt();
        }
        try {
            for (int i = 0; i < BATCHES_PER_TICK; i++) {
                if (self.applyBatch() < BATCH) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Applying changes to the reporting read model failed; the next tick retries", e);
        }
    }
}
