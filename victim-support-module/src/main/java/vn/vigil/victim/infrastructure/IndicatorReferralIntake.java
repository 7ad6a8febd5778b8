package vn.vigil.victim.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.inspection.api.TraffickingIndicatorsSeen;
import vn.vigil.victim.domain.IndicatorReferralRepository;

/**
 * Refers each visit signed off with trafficking indicators to the case workers, once: the inspection outbox may
 * deliver an event twice, and the second delivery finds the visit already referred and changes nothing. Runs in
 * the dispatcher's transaction, so a failed referral leaves the event pending.
 */
@ApplicationScoped
public class IndicatorReferralIntake {

    @Inject
    IndicatorReferralRepository referrals;

    @Inject
    AuditLog audit;

    protected IndicatorReferralIntake() {}

    public IndicatorReferralIntake(IndicatorReferralRepository referrals, AuditLog audit) {
        this.referrals = referrals;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void onIndicatorsSeen(@Observes TraffickingIndicatorsSeen event) {
        if (referrals.referOnce(event.visitId(), event.establishmentId())) {
            audit.record(AuditEvent.of("INDICATOR_REFERRAL_RECEIVED", "Visit", event.visitId(), null));
        }
    }
}
