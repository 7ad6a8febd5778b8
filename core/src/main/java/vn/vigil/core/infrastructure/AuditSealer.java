package vn.vigil.core.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.vigil.core.api.MigrationsCompleted;
import vn.vigil.core.api.audit.AuditChainStatus;
import vn.vigil.core.domain.AuditSeals;

/** Seals new audit entries every few seconds (and before every verification). */
@ApplicationScoped
public class AuditSealer implements AuditSeals {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());
    static final int SWEEP_SECONDS = 5;

    @Inject
    AuditChain chain;

    @Resource
    ManagedScheduledExecutorService scheduler;

    void start(@Observes MigrationsCompleted event) {
        scheduler.scheduleWithFixedDelay(this::sealQuietly, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public long sealAll() {
        long sealed = 0;
        AuditChain.Sealed batch = new AuditChain.Sealed(0, 0);
        do {
            batch = chain.sealBatch(batch.lastEntryId());
            sealed += batch.count();
        } while (batch.count() == AuditChain.BATCH);
        return sealed;
    }

    @Override
    public AuditChainStatus verify() {
        sealAll();
        return chain.verify();
    }

    private void sealQuietly() {
        try {
            sealAll();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sealing the audit log failed; the next sweep retries", e);
        }
    }
}
