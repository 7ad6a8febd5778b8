package vn.vigil.victim.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;

/**
 * Records a refused attempt on a victim case in its own transaction, so the entry stays although the refusal
 * rolls back the caller's work. The detail names what was attempted, never anyone's identity.
 */
@ApplicationScoped
public class RefusalAudit {

    static final String ACTION = "VICTIM_CASE_REFUSED";

    @Inject
    AuditLog audit;

    protected RefusalAudit() {}

    public RefusalAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(String caseCode, String attempt) {
        audit.record(AuditEvent.of(ACTION, "VictimCase", caseCode, attempt));
    }
}
