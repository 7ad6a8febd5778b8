package vn.vigil.reporting.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.reporting.api.SmallCountSetting;
import vn.vigil.reporting.infrastructure.ReadModelStore;

@ApplicationScoped
@Guarded
@Transactional(Transactional.TxType.REQUIRED)
public class SmallCountSettingImpl implements SmallCountSetting {

    @Inject
    ReadModelStore store;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Override
    @PermitAll
    public Threshold threshold() {
        long[] row = store.threshold();
        return new Threshold((int) row[0], row[1]);
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public Threshold change(int threshold, long version) {
        if (threshold < LOWEST || threshold > HIGHEST) {
            throw new DomainException("reporting.threshold.invalid", LOWEST, HIGHEST);
        }
        if (!store.setThreshold(threshold, version, actor.username())) {
            throw new ConflictException("small-count threshold");
        }
        audit.record(AuditEvent.of("REPORTING_THRESHOLD_CHANGED", "ReportingSetting", 1, "threshold=" + threshold));
        return threshold();
    }
}
