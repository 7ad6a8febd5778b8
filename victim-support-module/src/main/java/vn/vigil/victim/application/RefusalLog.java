package vn.vigil.victim.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;

/**
 * Audits refused attempts in a transaction of their own, so the entry stays although the refused work is rolled
 * back: who tried what on which record, and the reason (a message key with its arguments, never a person's name).
 */
@ApplicationScoped
public class RefusalLog {

    @Inject
    AuditLog audit;

    protected RefusalLog() {}

    public RefusalLog(AuditLog audit) {
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String action, String entityType, Object entityId, DomainException refusal) {
        audit.record(AuditEvent.of(action + "_REFUSED", entityType, entityId, refusal.getMessage()));
    }
}
