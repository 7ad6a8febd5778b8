package vn.vigil.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.vigil.core.api.audit.AccessRefusals;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;

/** Open to every caller, like the audit log itself: whoever is refused, the refusal is written. */
@ApplicationScoped
public class AccessRefusalsImpl implements AccessRefusals {

    @Inject
    AuditLog audit;

    @Inject
    RefusalMark mark;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void serviceRefused(String service, String operation) {
        audit.record(AuditEvent.of(ACTION, service, null, operation));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void requestRefused(String who, String method, String path) {
        String detail = method + " " + (path.length() > 400 ? path.substring(0, 400) : path);
        audit.record(who == null ? "anonymous" : who, AuditEvent.of(ACTION, "Request", null, detail));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void signInLocked(String username, String address, boolean onName, long seconds) {
        String scope = onName ? "name" : "address";
        audit.record(
                "anonymous",
                AuditEvent.of(
                        SIGN_IN_LOCKED, "UserAccount", username, scope + " locked " + seconds + " s; from " + address));
    }

    @Override
    public boolean auditedInThisRequest() {
        try {
            return mark.isSet();
        } catch (ContextNotActiveException outsideARequest) {
            return false;
        }
    }

    /** Remembers that the current request's refusal is in the audit log; nothing outside a request. */
    void remember() {
        try {
            mark.set();
        } catch (ContextNotActiveException outsideARequest) {
            // scheduled work and start-up have no request whose 403 could be audited twice
        }
    }
}
