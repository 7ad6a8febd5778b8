package vn.vigil.victim.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.vigil.core.api.AuditFields;
import vn.vigil.core.api.AuditFieldsListener;
import vn.vigil.core.api.Audited;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Money;
import vn.vigil.core.api.Text;
import vn.vigil.victim.api.DisbursementMethod;
import vn.vigil.victim.api.SupportRequestStatus;

/**
 * A case worker's request for one support type on a case, through allocation to a budget line, approval (two
 * people above the threshold, neither of them the requester) and disbursement with a receipt — or cancellation.
 * The ledger entries each step causes are the caller's to write: this aggregate says which.
 */
@Entity
@Table(name = "support_request", schema = "victim")
@EntityListeners(AuditFieldsListener.class)
public class SupportRequest implements Audited {

    public static final int PURPOSE_MAX = 500;
    public static final int JUSTIFICATION_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "support_type", nullable = false, updatable = false, length = 2)
    private String supportType;

    @Column(name = "rate_id", updatable = false)
    private Long rateId;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Column(name = "period_from", updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_until", updatable = false)
    private LocalDate periodUntil;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Column(name = "case_by_case", nullable = false, updatable = false)
    private boolean caseByCase;

    @Column(length = JUSTIFICATION_MAX, updatable = false)
    private String justification;

    @Column(nullable = false, length = PURPOSE_MAX, updatable = false)
    private String purpose;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 64)
    private String requestedBy;

    @Column(name = "requested_on", nullable = false, updatable = false)
    private LocalDate requestedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private SupportRequestStatus status;

    @Column(name = "budget_line_id")
    private Long budgetLineId;

    @Column(name = "first_approver", length = 64)
    private String firstApprover;

    @Column(name = "second_approver", length = 64)
    private String secondApprover;

    @Column(name = "disbursed_on")
    private LocalDate disbursedOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private DisbursementMethod disbursement;

    @Column(name = "receipt_number", length = 40)
    private String receiptNumber;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Version
    private long version;

    @Embedded
    private AuditFields auditFields = new AuditFields();

    protected SupportRequest() {}

    /** What was asked, already checked against eligibility, the rate and the days allowed. */
    public record Terms(
            long caseId,
            String supportType,
            Long rateId,
            int quantity,
            LocalDate periodFrom,
            LocalDate periodUntil,
            Money amount,
            boolean caseByCase,
            String justification,
            String purpose) {}

    public SupportRequest(Terms terms, String requestedBy, LocalDate requestedOn) {
        if (terms.amount() == null || terms.amount().dong() <= 0) {
            throw new DomainException("funds.amountPositive");
        }
        String why = Text.maxLength(Text.clean(terms.justification()), "funds.justification", JUSTIFICATION_MAX);
        if (terms.caseByCase() && why == null) {
            throw new DomainException("funds.request.justificationRequired", terms.supportType());
        }
        this.caseId = terms.caseId();
        this.supportType = terms.supportType();
        this.rateId = terms.rateId();
        this.quantity = terms.quantity();
        this.periodFrom = terms.periodFrom();
        this.periodUntil = terms.periodUntil();
        this.amount = terms.amount().dong();
        this.caseByCase = terms.caseByCase();
        this.justification = why;
        this.purpose = Text.required(terms.purpose(), "funds.purpose", PURPOSE_MAX);
        this.requestedBy = requestedBy;
        this.requestedOn = requestedOn;
        this.status = SupportRequestStatus.REQUESTED;
    }

    /**
     * Puts the request on a budget line (or moves it to another one). Returns the line that held its money before,
     * if money is committed, so the caller can release it there and commit it on the new line.
     */
    public Long allocate(BudgetLine line) {
        if (status == SupportRequestStatus.DISBURSED || status == SupportRequestStatus.CANCELLED) {
            throw new DomainException("funds.request.notAllowedIn", status.name());
        }
        if (!line.supportType().equals(supportType)) {
            throw new DomainException("funds.line.otherType", line.supportType(), supportType);
        }
        Long previous = status.commitsMoney() ? budgetLineId : null;
        this.budgetLineId = line.id();
        return previous;
    }

    /**
     * Approves as {@code approver}. Returns true when this approval commits the money (the first one); a second
     * approval, when the amount needs one, only completes it.
     */
    public boolean approve(String approver, boolean needsSecondApproval) {
        if (approver.equals(requestedBy)) {
            throw new DomainException("funds.approval.requesterCannotApprove");
        }
        if (status == SupportRequestStatus.REQUESTED) {
            if (budgetLineId == null) {
                throw new DomainException("funds.approval.notAllocated");
            }
            this.firstApprover = approver;
            this.status = needsSecondApproval ? SupportRequestStatus.FIRST_APPROVED : SupportRequestStatus.APPROVED;
            return true;
        }
        if (status == SupportRequestStatus.FIRST_APPROVED) {
            if (approver.equals(firstApprover)) {
                throw new DomainException("funds.approval.sameApproverTwice");
            }
            this.secondApprover = approver;
            this.status = SupportRequestStatus.APPROVED;
            return false;
        }
        throw new DomainException("funds.request.notAllowedIn", status.name());
    }

    public void disburse(DisbursementMethod method, String receipt, LocalDate on, LocalDate today) {
        if (status != SupportRequestStatus.APPROVED) {
            throw new DomainException("funds.request.notAllowedIn", status.name());
        }
        if (method == null) {
            throw new DomainException("validation.required", "funds.disbursement");
        }
        if (on == null) {
            throw new DomainException("validation.required", "funds.disbursedOn");
        }
        if (on.isAfter(today)) {
            throw new DomainException("funds.disbursement.inFuture");
        }
        this.receiptNumber = Text.required(receipt, "funds.receiptNumber", 40);
        this.disbursement = method;
        this.disbursedOn = on;
        this.status = SupportRequestStatus.DISBURSED;
    }

    /** Cancels before disbursement. Returns true when money was committed and must be released. */
    public boolean cancel(String reason) {
        if (status == SupportRequestStatus.DISBURSED || status == SupportRequestStatus.CANCELLED) {
            throw new DomainException("funds.request.notAllowedIn", status.name());
        }
        boolean committed = status.commitsMoney();
        this.cancelReason = Text.required(reason, "funds.reason", 500);
        this.status = SupportRequestStatus.CANCELLED;
        return committed;
    }

    /** The requester takes the request back before anyone approved it. */
    public void withdraw(String actor, String reason) {
        if (!actor.equals(requestedBy)) {
            throw new DomainException("funds.request.notYours");
        }
        if (status != SupportRequestStatus.REQUESTED) {
            throw new DomainException("funds.request.notAllowedIn", status.name());
        }
        cancel(reason);
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public String supportType() {
        return supportType;
    }

    public Long rateId() {
        return rateId;
    }

    public int quantity() {
        return quantity;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodUntil() {
        return periodUntil;
    }

    public Money amount() {
        return Money.ofDong(amount);
    }

    public boolean caseByCase() {
        return caseByCase;
    }

    public String justification() {
        return justification;
    }

    public String purpose() {
        return purpose;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public LocalDate requestedOn() {
        return requestedOn;
    }

    public SupportRequestStatus status() {
        return status;
    }

    public Long budgetLineId() {
        return budgetLineId;
    }

    public String firstApprover() {
        return firstApprover;
    }

    public String secondApprover() {
        return secondApprover;
    }

    public LocalDate disbursedOn() {
        return disbursedOn;
    }

    public DisbursementMethod disbursement() {
        return disbursement;
    }

    public String receiptNumber() {
        return receiptNumber;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public long version() {
        return version;
    }

    @Override
    public AuditFields auditFields() {
        return auditFields;
    }
}
