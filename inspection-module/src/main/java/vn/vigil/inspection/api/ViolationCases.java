package vn.vigil.inspection.api;

import java.time.LocalDate;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;

/**
 * Violation cases through the statutory workflow. Legal officers act; team leads read; the committee sees counts
 * only. Every refused step (not allowed from the current state, a fine outside its range, a decision after the
 * limitation period, a payment above the balance) changes nothing.
 */
public interface ViolationCases {

    ViolationCaseView open(OpenCaseCommand command);

    /** A case opened by hand naming its suspected violator, who can be found in the case list at once. */
    ViolationCaseView openAgainst(ViolatorKind violatorKind, String violatorName, OpenCaseCommand command);

    /** A case; a team lead who does not lead the team of its visit is refused. */
    ViolationCaseView violationCase(long id);

    /** The case a signed-off visit's violations opened. */
    ViolationCaseView caseOfVisit(long visitId);

    /**
     * Open cases with a running deadline, most urgent first (overdue ones on top), one query per page; a team lead
     * sees only the cases of visits made by teams he leads.
     */
    Page<CaseDeadlineView> deadlineBoard(PageRequest page);

    long countOpen();

    /**
     * A page of the cases the caller may read that match {@code query}, one query per page. Legal officers and
     * administrators read every case; a team lead only the cases of visits made by teams he leads.
     */
    Page<CaseSummary> search(CaseQuery query, PageRequest page);

    ViolationCaseView recordViolation(long id, long version, RecordViolationCommand command);

    ViolationCaseView issueDecision(long id, long version, DecisionCommand command);

    ViolationCaseView deliverDecision(long id, long version, DeliveryCommand command);

    ViolationCaseView recordPayment(long id, long version, PaymentCommand command);

    ViolationCaseView returnFromPolice(long id, long version, LocalDate returnedOn, String reason);

    /** A complaint within the complaint period from the decision's delivery; suspends only when decided so. */
    ViolationCaseView fileComplaint(long id, long version, ComplaintCommand command);

    ViolationCaseView decideComplaint(long id, long version, ComplaintDecisionCommand command);

    /** A step with only a reason: explanation, no sanction, enforcement, closing, transfer, prosecution, exemption. */
    ViolationCaseView take(long id, long version, ViolationCaseAction action, String reason);
}
