package vn.vigil.inspection.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.inspection.api.CaseDocumentView;
import vn.vigil.inspection.api.ChargedAct;
import vn.vigil.inspection.api.NotYetAvailable;
import vn.vigil.inspection.api.ViolationCaseView;
import vn.vigil.inspection.api.ViolationCases;
import vn.vigil.inspection.api.ViolationDocuments;
import vn.vigil.inspection.api.ViolationRuleCode;
import vn.vigil.inspection.domain.CaseAct;
import vn.vigil.inspection.domain.LegalProvision;
import vn.vigil.inspection.domain.LegalProvisionRepository;
import vn.vigil.inspection.domain.ViolationCase;
import vn.vigil.inspection.domain.ViolationCaseRepository;

/** Reads the case through {@link ViolationCases} first, so a document is shown exactly to those who see the case. */
@ApplicationScoped
@Guarded
@Transactional(Transactional.TxType.SUPPORTS)
@RolesAllowed({Role.Names.LEGAL_OFFICER, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
public class ViolationDocumentsImpl implements ViolationDocuments {

    @Inject
    ViolationCases readable;

    @Inject
    ViolationCaseRepository cases;

    @Inject
    LegalProvisionRepository provisions;

    @Inject
    CaseDeadlineClock clock;

    @Override
    public CaseDocumentView violationRecord(long caseId) {
        ViolationCaseView view = readable.violationCase(caseId);
        ViolationCase c = load(caseId);
        if (c.recordNumber() == null) {
            throw new NotYetAvailable("violationCase.noRecordYet", String.valueOf(caseId));
        }
        return document(view, c.recordNumber(), c.recordIssuer(), c.recordOfficer(), c.recordedOn(), c);
    }

    @Override
    public CaseDocumentView sanctionDecision(long caseId) {
        ViolationCaseView view = readable.violationCase(caseId);
        ViolationCase c = load(caseId);
        if (c.decisionNumber() == null) {
            throw new NotYetAvailable("violationCase.noDecisionYet", String.valueOf(caseId));
        }
        return document(view, c.decisionNumber(), c.decisionIssuer(), c.decisionOfficer(), c.decidedOn(), c);
    }

    private CaseDocumentView document(
            ViolationCaseView view, String number, String issuer, String officer, LocalDate on, ViolationCase c) {
        return new CaseDocumentView(
                view,
                number,
                issuer,
                officer,
                on,
                acts(c),
                clock.amount(ViolationRuleCode.PAYMENT, on),
                clock.amount(ViolationRuleCode.LATE_PAYMENT_SURCHARGE, on));
    }

    private List<ChargedAct> acts(ViolationCase c) {
        return c.acts().stream().map(this::charged).toList();
    }

    private ChargedAct charged(CaseAct act) {
        LegalProvision p = provisions
                .find(act.provisionId())
                .orElseThrow(() -> new NotFoundException("legalProvision", act.provisionId()));
        return new ChargedAct(
                p.decree(), p.article(), p.clause(), p.point(), p.description(), act.fine(), p.remedialMeasures());
    }

    private ViolationCase load(long id) {
        return cases.find(id).orElseThrow(() -> new NotFoundException("violationCase", id));
    }
}
