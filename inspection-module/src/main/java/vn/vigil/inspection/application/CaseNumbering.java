package vn.vigil.inspection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.document.DocumentNumbers;
import vn.vigil.core.api.document.NumberRequest;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.core.api.staff.StaffMember;
import vn.vigil.inspection.domain.IssuedDocument;

/**
 * Numbers the documents of a violation case. The issuing body is the department of the legal officer who draws
 * the document up: its code chooses the number sequence (each department numbers its own records and decisions,
 * per year) and its name heads the printed document. A number is taken in the caller's transaction, so a step
 * that is refused afterwards gives it back.
 */
@ApplicationScoped
public class CaseNumbering {

    static final String RECORD = "VIOLATION_RECORD";
    static final String DECISION = "SANCTION_DECISION";
    static final String REFERENCE = "ViolationCase";

    @Inject
    DocumentNumbers numbers;

    @Inject
    StaffDirectory staff;

    @Inject
    CurrentActor actor;

    protected CaseNumbering() {}

    public CaseNumbering(DocumentNumbers numbers, StaffDirectory staff, CurrentActor actor) {
        this.numbers = numbers;
        this.staff = staff;
        this.actor = actor;
    }

    public IssuedDocument record(long caseId, LocalDate recordedOn) {
        return issue(RECORD, caseId, recordedOn);
    }

    public IssuedDocument decision(long caseId, LocalDate decidedOn) {
        return issue(DECISION, caseId, decidedOn);
    }

    private IssuedDocument issue(String kind, long caseId, LocalDate on) {
        StaffMember officer = staff.findByUsername(actor.username())
                .filter(m -> m.departmentCode() != null)
                .orElseThrow(() -> new DomainException("violationCase.officerWithoutDepartment"));
        String number = numbers.issue(
                        new NumberRequest(kind, officer.departmentCode(), on, REFERENCE, String.valueOf(caseId)))
                .number();
        return new IssuedDocument(number, officer.departmentName(), officer.fullName());
    }
}
