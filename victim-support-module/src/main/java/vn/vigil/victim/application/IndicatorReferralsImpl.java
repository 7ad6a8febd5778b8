package vn.vigil.victim.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.victim.api.IndicatorReferralView;
import vn.vigil.victim.api.IndicatorReferrals;
import vn.vigil.victim.api.Reception;
import vn.vigil.victim.api.ReceptionCommand;
import vn.vigil.victim.domain.IndicatorReferral;
import vn.vigil.victim.domain.IndicatorReferralRepository;
import vn.vigil.victim.domain.VictimCase;
import vn.vigil.victim.domain.VictimCaseRepository;

@ApplicationScoped
@Guarded
@Transactional
@RolesAllowed(Role.Names.CASE_WORKER)
public class IndicatorReferralsImpl implements IndicatorReferrals {

    static final String ENTITY = "IndicatorReferral";

    @Inject
    IndicatorReferralRepository referrals;

    @Inject
    VictimCaseRepository cases;

    @Inject
    CaseOpening opening;

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor actor;

    protected IndicatorReferralsImpl() {}

    public IndicatorReferralsImpl(
            IndicatorReferralRepository referrals,
            VictimCaseRepository cases,
            CaseOpening opening,
            AuditLog audit,
            CurrentActor actor) {
        this.referrals = referrals;
        this.cases = cases;
        this.opening = opening;
        this.audit = audit;
        this.actor = actor;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<IndicatorReferralView> pending(PageRequest page) {
        return referrals.pending(page).map(r -> view(r));
    }

    @Override
    public Reception accept(long id, long version, ReceptionCommand command) {
        IndicatorReferral referral = load(id, version);
        referral.requirePending();
        Reception reception = opening.open(command, referral.visitId());
        referral.accept(reception.victimCase().id(), actor.username(), Instant.now());
        audit.record(AuditEvent.of(
                "INDICATOR_REFERRAL_ACCEPTED",
                ENTITY,
                id,
                reception.victimCase().code()));
        return reception;
    }

    @Override
    public IndicatorReferralView dismiss(long id, long version, String reason) {
        IndicatorReferral referral = load(id, version);
        referral.dismiss(reason, actor.username(), Instant.now());
        cases.flush();
        audit.record(AuditEvent.of("INDICATOR_REFERRAL_DISMISSED", ENTITY, id, "visit " + referral.visitId()));
        return view(referral);
    }

    private IndicatorReferral load(long id, long version) {
        IndicatorReferral referral = referrals.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (referral.version() != version) {
            throw new ConflictException(String.valueOf(id));
        }
        return referral;
    }

    private IndicatorReferralView view(IndicatorReferral r) {
        String code = r.caseId() == null
                ? null
                : cases.find(r.caseId()).map(VictimCase::code).orElse(null);
        return new IndicatorReferralView(
                r.id(),
                r.visitId(),
                r.establishmentId(),
                r.receivedAt(),
                r.status(),
                r.decidedBy(),
                r.decidedAt(),
                r.dismissalReason(),
                code,
                r.version());
    }
}
