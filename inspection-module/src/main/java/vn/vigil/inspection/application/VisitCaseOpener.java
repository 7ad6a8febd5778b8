package vn.vigil.inspection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.logging.Logger;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.ViolationRuleCode;
import vn.vigil.inspection.api.VisitViolationsFound;
import vn.vigil.inspection.domain.ViolationCaseRepository;
import vn.vigil.inspection.domain.VisitRepository;

/**
 * Opens the violation case of a signed-off visit with violations once its event is published, in a transaction
 * of its own: a repeated event opens nothing more (one case per visit). The violation was detected on the day of
 * the visit (Vietnam time), not on the later day the record was signed off, so the record is due from then.
 */
@ApplicationScoped
public class VisitCaseOpener {

    private static final Logger LOG = Logger.getLogger(VisitCaseOpener.class.getName());

    @Inject
    ViolationCaseRepository cases;

    @Inject
    VisitRepository visits;

    @Inject
    CaseDeadlineClock clock;

    protected VisitCaseOpener() {}

    public VisitCaseOpener(ViolationCaseRepository cases, VisitRepository visits, CaseDeadlineClock clock) {
        this.cases = cases;
        this.visits = visits;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void onViolationsFound(@Observes(during = TransactionPhase.AFTER_SUCCESS) VisitViolationsFound found) {
        open(found);
    }

    /** Opens the case as detected on the visit's day; returns whether it opened one. */
    public boolean open(VisitViolationsFound found) {
        LocalDate visitDay = visits.find(found.visitId())
                .map(v -> LocalDate.ofInstant(v.period().startsAt(), EstablishmentRegistryImpl.VIETNAM))
                .orElseGet(() -> LocalDate.now(EstablishmentRegistryImpl.VIETNAM));
        return open(found, visitDay);
    }

    /**
     * Returns whether a case was opened (false when the visit already has one). A visit older than the rule table
     * still opens its case, due at once: an event is delivered only once, so refusing here would lose the case.
     */
    public boolean open(VisitViolationsFound found, LocalDate detectedOn) {
        LocalDate recordDue;
        try {
            recordDue = clock.due(ViolationRuleCode.RECORD, detectedOn);
        } catch (DomainException noRuleThatDay) {
            LOG.warning(() -> "No record period in force on " + detectedOn + " for the case of visit " + found.visitId()
                    + "; the record is due at once");
            recordDue = detectedOn;
        }
        return cases.openForVisit(found.visitId(), found.establishmentId(), detectedOn, recordDue, CurrentActor.SYSTEM);
    }
}
