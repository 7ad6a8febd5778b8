package vn.vigil.inspection.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.vigil.core.api.AuditFields;
import vn.vigil.core.api.AuditFieldsListener;
import vn.vigil.core.api.Audited;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Money;
import vn.vigil.core.api.Text;
import vn.vigil.inspection.api.ComplaintOutcome;
import vn.vigil.inspection.api.ViolationCaseAction;
import vn.vigil.inspection.api.ViolationCaseStatus;
import vn.vigil.inspection.api.ViolationRuleCode;
import vn.vigil.inspection.api.ViolatorKind;

/**
 * A violation case driven through the statutory workflow of {@link CaseWorkflow}. Every change checks everything
 * first and changes state last, so a refused step leaves the case as it was; every step adds a history row.
 */
@Entity
@Table(name = "violation_case", schema = "violation")
@EntityListeners(AuditFieldsListener.class)
public class ViolationCase implements Audited {

    public static final int REASON_MAX = 1000;

    /** Steps that need nothing but a reason (or none); the others have their own methods. */
    private static final Set<ViolationCaseAction> PLAIN_STEPS = EnumSet.of(
            ViolationCaseAction.REQUEST_EXPLANATION,
            ViolationCaseAction.DECIDE_NOT_TO_SANCTION,
            ViolationCaseAction.START_ENFORCEMENT,
            ViolationCaseAction.CLOSE,
            ViolationCaseAction.TRANSFER_TO_POLICE,
            ViolationCaseAction.PROSECUTE,
            ViolationCaseAction.EXEMPT_AS_VICTIM);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "visit_id", updatable = false)
    private Long visitId;

    @Column(name = "establishment_id", updatable = false)
    private Long establishmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "violator_kind", length = 16)
    private ViolatorKind violatorKind;

    @Column(name = "violator_name", length = 200)
    private String violatorName;

    @Column(name = "detected_on", nullable = false, updatable = false)
    private LocalDate detectedOn;

    @Column(name = "act_ended_on")
    private LocalDate actEndedOn;

    @Column(name = "listed_field", nullable = false)
    private boolean listedField;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ViolationCaseStatus status;

    @Column(name = "recorded_on")
    private LocalDate recordedOn;

    @Column(name = "record_number", length = 80)
    private String recordNumber;

    @Column(name = "record_issuer", length = 200)
    private String recordIssuer;

    @Column(name = "record_officer", length = 120)
    private String recordOfficer;

    @Column(name = "decision_number", length = 80)
    private String decisionNumber;

    @Column(name = "decision_issuer", length = 200)
    private String decisionIssuer;

    @Column(name = "decision_officer", length = 120)
    private String decisionOfficer;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "fine_total", nullable = false)
    private long fineTotal;

    @Column(name = "delivered_on")
    private LocalDate deliveredOn;

    @Column(name = "delivery_refused", nullable = false)
    private boolean deliveryRefused;

    @Column(name = "returned_on")
    private LocalDate returnedOn;

    @Column(name = "paid_total", nullable = false)
    private long paidTotal;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "due_rule", length = 40)
    private ViolationRuleCode dueRule;

    @Column(name = "complaint_filed_on")
    private LocalDate complaintFiledOn;

    @Column(name = "complaint_summary", length = REASON_MAX)
    private String complaintSummary;

    @Column(name = "complaint_suspends", nullable = false)
    private boolean complaintSuspends;

    @Enumerated(EnumType.STRING)
    @Column(name = "complaint_outcome", length = 16)
    private ComplaintOutcome complaintOutcome;

    @Column(name = "complaint_decided_on")
    private LocalDate complaintDecidedOn;

    @ElementCollection
    @CollectionTable(name = "violation_case_act", schema = "violation", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<CaseAct> acts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(
            name = "violation_case_transition",
            schema = "violation",
            joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<CaseTransition> history = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "violation_case_payment", schema = "violation", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<CasePayment> payments = new ArrayList<>();

    @Version
    private long version;

    @Embedded
    private AuditFields auditFields = new AuditFields();

    protected ViolationCase() {}

    /** Opens a case for the violations a visit found, or by hand ({@code visitId} null). */
    public ViolationCase(
            Long visitId, Long establishmentId, LocalDate detectedOn, String reason, String by, Instant at) {
        if (detectedOn == null) {
            throw new DomainException("validation.required", "violationCase.detectedOn");
        }
        this.visitId = visitId;
        this.establishmentId = establishmentId;
        this.detectedOn = detectedOn;
        this.status = ViolationCaseStatus.OPENED;
        history.add(new CaseTransition(ViolationCaseAction.OPEN, null, status, at, by, Text.clean(reason)));
    }

    /** Names the suspected violator of a case opened by hand, before the record (which may name another). */
    public void nameSuspect(ViolatorKind kind, String name) {
        if (kind == null) {
            throw new DomainException("validation.required", "violationCase.violatorKind");
        }
        this.violatorName = Text.required(name, "violationCase.violatorName", 200);
        this.violatorKind = kind;
    }

    /**
     * The record of violation: who, which acts of the catalogue, when the act ended (null if ongoing), under the
     * number the document numbering gave it.
     */
    public void recordViolation(
            IssuedDocument record,
            ViolatorKind kind,
            String name,
            List<Long> provisionIds,
            LocalDate recordedOn,
            LocalDate actEndedOn,
            boolean listedField,
            String by,
            Instant at) {
        CaseWorkflow.next(status, ViolationCaseAction.RECORD_VIOLATION);
        if (kind == null) {
            throw new DomainException("validation.required", "violationCase.violatorKind");
        }
        String cleanName = Text.required(name, "violationCase.violatorName", 200);
        if (provisionIds == null || provisionIds.isEmpty()) {
            throw new DomainException("violationCase.noActs");
        }
        if (provisionIds.stream().distinct().count() != provisionIds.size()) {
            throw new DomainException("violationCase.actTwice");
        }
        requireDay(recordedOn, "violationCase.recordedOn", detectedOn);
        if (actEndedOn != null && actEndedOn.isAfter(detectedOn)) {
            throw new DomainException("violationCase.actEndsAfterDetection");
        }
        this.violatorKind = kind;
        this.violatorName = cleanName;
        this.acts = new ArrayList<>(provisionIds.stream().map(CaseAct::new).toList());
        this.recordedOn = recordedOn;
        this.actEndedOn = actEndedOn;
        this.listedField = listedField;
        this.recordNumber = record.number();
        this.recordIssuer = record.issuer();
        this.recordOfficer = record.officer();
        step(ViolationCaseAction.RECORD_VIOLATION, null, by, at);
    }

    /**
     * The sanction decision: a fine for every recorded act inside its range for this violator, issued before the
     * limitation period ends, under the number the document numbering gave it.
     */
    public void issueDecision(
            IssuedDocument decision,
            LocalDate decidedOn,
            List<Long> fines,
            Map<Long, LegalProvision> provisions,
            LocalDate limitationEnds,
            String by,
            Instant at) {
        CaseWorkflow.next(status, ViolationCaseAction.ISSUE_DECISION);
        requireDay(decidedOn, "violationCase.decidedOn", recordedOn);
        if (decidedOn.isAfter(limitationEnds)) {
            throw new DomainException("violationCase.limitationExpired", limitationEnds);
        }
        if (fines == null || fines.size() != acts.size() || fines.stream().anyMatch(Objects::isNull)) {
            throw new DomainException("violationCase.finePerAct", acts.size());
        }
        long total = 0;
        for (int i = 0; i < acts.size(); i++) {
            provisions.get(acts.get(i).provisionId()).requireFineInRange(violatorKind, Money.ofDong(fines.get(i)));
            total = Math.addExact(total, fines.get(i));
        }
        for (int i = 0; i < acts.size(); i++) {
            acts.get(i).fine(fines.get(i));
        }
        this.decisionNumber = decision.number();
        this.decisionIssuer = decision.issuer();
        this.decisionOfficer = decision.officer();
        this.decidedOn = decidedOn;
        this.fineTotal = total;
        step(ViolationCaseAction.ISSUE_DECISION, null, by, at);
    }

    /** Delivery of the decision; a refusal to receive it is recorded and counts as delivery. */
    public void deliverDecision(LocalDate deliveredOn, boolean refused, String reason, String by, Instant at) {
        CaseWorkflow.next(status, ViolationCaseAction.DELIVER_DECISION);
        requireDay(deliveredOn, "violationCase.deliveredOn", decidedOn);
        String why = Text.clean(reason);
        if (refused && why == null) {
            throw new DomainException("validation.required", "violationCase.reason");
        }
        this.deliveredOn = deliveredOn;
        this.deliveryRefused = refused;
        step(ViolationCaseAction.DELIVER_DECISION, why, by, at);
    }

    /** A payment (in full or an instalment); the case is paid once the balance reaches zero. */
    public void recordPayment(String receipt, LocalDate paidOn, long amount, long surcharge, String by, Instant at) {
        CaseWorkflow.next(status, ViolationCaseAction.SETTLE_PAYMENT);
        String cleanReceipt = Text.required(receipt, "violationCase.receiptNumber", 60);
        requireDay(paidOn, "violationCase.paidOn", deliveredOn);
        if (amount <= 0) {
            throw new DomainException("violationCase.paymentNotPositive");
        }
        if (amount > balance()) {
            throw new DomainException("violationCase.paymentExceedsBalance", amount, balance());
        }
        if (payments.stream().anyMatch(p -> p.receiptNumber().equalsIgnoreCase(cleanReceipt))) {
            throw new DomainException("violationCase.receiptTaken", cleanReceipt);
        }
        payments.add(new CasePayment(cleanReceipt, paidOn, amount, surcharge, by));
        paidTotal += amount;
        if (balance() == 0) {
            step(ViolationCaseAction.SETTLE_PAYMENT, cleanReceipt, by, at);
        }
    }

    /** The police declined the file: it comes back into the workflow with a new deadline for the decision. */
    public void returnFromPolice(LocalDate returnedOn, String reason, String by, Instant at) {
        CaseWorkflow.next(status, ViolationCaseAction.RETURN_FROM_POLICE);
        requireDay(returnedOn, "violationCase.returnedOn", detectedOn);
        String why = requiredReason(ViolationCaseAction.RETURN_FROM_POLICE, reason);
        this.returnedOn = returnedOn;
        step(ViolationCaseAction.RETURN_FROM_POLICE, why, by, at);
    }

    /**
     * A complaint against the decision, filed by {@code windowEnds} (the complaint period from the day the decision
     * was received); it suspends the decision only when {@code suspends} says the competent person decided so.
     */
    public void fileComplaint(
            LocalDate filedOn, String summary, boolean suspends, LocalDate windowEnds, String by, Instant at) {
        CaseWorkflow.next(status, ViolationCaseAction.FILE_COMPLAINT);
        if (complaintFiledOn != null) {
            throw new DomainException("violationCase.complaintExists");
        }
        requireDay(filedOn, "violationCase.complaintFiledOn", decidedOn);
        if (filedOn.isAfter(windowEnds)) {
            throw new DomainException("violationCase.complaintLate", windowEnds);
        }
        String text = requiredReason(ViolationCaseAction.FILE_COMPLAINT, summary);
        this.complaintFiledOn = filedOn;
        this.complaintSummary = text;
        this.complaintSuspends = suspends;
        step(ViolationCaseAction.FILE_COMPLAINT, text, by, at);
    }

    /** The complaint's outcome; a suspended decision runs again from here. */
    public void decideComplaint(ComplaintOutcome outcome, LocalDate decidedOn, String note, String by, Instant at) {
        CaseWorkflow.next(status, ViolationCaseAction.DECIDE_COMPLAINT);
        if (complaintFiledOn == null || complaintOutcome != null) {
            throw new DomainException("violationCase.noPendingComplaint");
        }
        if (outcome == null) {
            throw new DomainException("validation.required", "violationCase.complaintOutcome");
        }
        requireDay(decidedOn, "violationCase.complaintDecidedOn", complaintFiledOn);
        String why = requiredReason(ViolationCaseAction.DECIDE_COMPLAINT, note);
        this.complaintOutcome = outcome;
        this.complaintDecidedOn = decidedOn;
        step(ViolationCaseAction.DECIDE_COMPLAINT, why, by, at);
    }

    /** Whether a pending complaint suspends the decision (no deadline runs meanwhile). */
    public boolean suspendedByComplaint() {
        return complaintSuspends && complaintFiledOn != null && complaintOutcome == null;
    }

    /** A step with nothing but a reason: explanation, no sanction, enforcement, closing, transfer, exemption. */
    public void take(ViolationCaseAction action, String reason, String by, Instant at) {
        if (!PLAIN_STEPS.contains(action)) {
            throw new DomainException("violationCase.actionNeedsDetails", "violationCase.action." + action);
        }
        CaseWorkflow.next(status, action);
        step(action, requiredReason(action, reason), by, at);
    }

    /** The next statutory deadline, set by the application from the rule table (none for a closed case). */
    public void nextDeadline(ViolationRuleCode rule, LocalDate due) {
        this.dueRule = rule;
        this.dueOn = due;
    }

    public long balance() {
        return fineTotal - paidTotal;
    }

    /** The day the limitation period runs from: the end of the act, or its detection when it was ongoing. */
    public LocalDate limitationStart() {
        return actEndedOn != null ? actEndedOn : detectedOn;
    }

    private String requiredReason(ViolationCaseAction action, String reason) {
        String why = Text.clean(reason);
        if (why == null && action.needsReason()) {
            throw new DomainException("validation.required", "violationCase.reason");
        }
        if (why != null && why.length() > REASON_MAX) {
            throw new DomainException("validation.tooLong", "violationCase.reason", REASON_MAX);
        }
        return why;
    }

    private static void requireDay(LocalDate day, String field, LocalDate notBefore) {
        if (day == null) {
            throw new DomainException("validation.required", field);
        }
        if (notBefore != null && day.isBefore(notBefore)) {
            throw new DomainException("violationCase.dayTooEarly", field, notBefore);
        }
    }

    private void step(ViolationCaseAction action, String reason, String by, Instant at) {
        ViolationCaseStatus to = CaseWorkflow.next(status, action);
        history.add(new CaseTransition(action, status, to, at, by, reason));
        status = to;
    }

    public Long id() {
        return id;
    }

    public Long visitId() {
        return visitId;
    }

    public Long establishmentId() {
        return establishmentId;
    }

    public ViolatorKind violatorKind() {
        return violatorKind;
    }

    public String violatorName() {
        return violatorName;
    }

    public LocalDate detectedOn() {
        return detectedOn;
    }

    public LocalDate actEndedOn() {
        return actEndedOn;
    }

    public boolean listedField() {
        return listedField;
    }

    public ViolationCaseStatus status() {
        return status;
    }

    public LocalDate recordedOn() {
        return recordedOn;
    }

    public String recordNumber() {
        return recordNumber;
    }

    public String recordIssuer() {
        return recordIssuer;
    }

    public String recordOfficer() {
        return recordOfficer;
    }

    public String decisionNumber() {
        return decisionNumber;
    }

    public String decisionIssuer() {
        return decisionIssuer;
    }

    public String decisionOfficer() {
        return decisionOfficer;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public long fineTotal() {
        return fineTotal;
    }

    public LocalDate deliveredOn() {
        return deliveredOn;
    }

    public boolean deliveryRefused() {
        return deliveryRefused;
    }

    public LocalDate returnedOn() {
        return returnedOn;
    }

    public long paidTotal() {
        return paidTotal;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public ViolationRuleCode dueRule() {
        return dueRule;
    }

    public LocalDate complaintFiledOn() {
        return complaintFiledOn;
    }

    public String complaintSummary() {
        return complaintSummary;
    }

    public boolean complaintSuspends() {
        return complaintSuspends;
    }

    public ComplaintOutcome complaintOutcome() {
        return complaintOutcome;
    }

    public LocalDate complaintDecidedOn() {
        return complaintDecidedOn;
    }

    public List<CaseAct> acts() {
        return List.copyOf(acts);
    }

    public List<CaseTransition> history() {
        return List.copyOf(history);
    }

    public List<CasePayment> payments() {
        return List.copyOf(payments);
    }

    public long version() {
        return version;
    }

    @Override
    public AuditFields auditFields() {
        return auditFields;
    }
}
