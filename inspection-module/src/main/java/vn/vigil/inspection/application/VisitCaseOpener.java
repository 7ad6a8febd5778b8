package vn.vigil.inspection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.inspection.api.ViolationRuleCode;
import vn.vigil.inspection.api.VisitViolationsFound;
import vn.vigil.inspection.domain.ViolationCaseRepository;

/**
 * Opens the violation case of a signed-off visit with violations once its event is published, in a transaction
 * of its own: a repeated event opens nothing more (one case per visit), and the record is due from the day the
 * violation is known to the violation part.
 */
@ApplicationScoped
public class VisitCaseOpener {

    @Inject
    ViolationCaseRepository cases;

    @Inject
    CaseDeadlineClock clock;

    protected VisitCaseOpener() {}

    public VisitCaseOpener(ViolationCaseRepository cases, CaseDeadlineClock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void onViolationsFound(@Observes(during = TransactionPhase.AFTER_SUCCESS) VisitViolationsFound found) {
        open(found, LocalDate.now(EstablishmentRegistryImpl.VIETNAM));
    }

    /** Returns whether a case was opened (false when the visit already has one). */
    public boolean open(VisitViolationsFound found, LocalDate detectedOn) {
        LocalDate recordDue = clock.due(ViolationRuleCode.RECORD, detectedOn);
        return cases.openForVisit(found.visitId(), found.establishmentId(), detectedOn, recordDue, CurrentActor.SYSTEM);
    }
}
