package vn.vigil.victim.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;

/** Extra days of essential-needs support on a case beyond the law's limit, with reason and approver. */
@Entity
@Table(name = "essential_needs_extension", schema = "victim")
public class EssentialNeedsExtension {

    public static final int MAX_DAYS = 365;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "extra_days", nullable = false, updatable = false)
    private int extraDays;

    @Column(nullable = false, updatable = false, length = 1000)
    private String reason;

    @Column(name = "approved_by", nullable = false, updatable = false, length = 200)
    private String approvedBy;

    @Column(name = "approved_on", nullable = false, updatable = false)
    private LocalDate approvedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    protected EssentialNeedsExtension() {}

    public EssentialNeedsExtension(
            long caseId,
            Integer extraDays,
            String reason,
            String approvedBy,
            LocalDate approvedOn,
            String by,
            Instant at) {
        if (extraDays == null || extraDays < 1 || extraDays > MAX_DAYS) {
            throw new DomainException("funds.extension.daysInvalid", MAX_DAYS);
        }
        if (approvedOn == null) {
            throw new DomainException("validation.required", "funds.approvedOn");
        }
        this.caseId = caseId;
        this.extraDays = extraDays;
        this.reason = Text.required(reason, "funds.reason", 1000);
        this.approvedBy = Text.required(approvedBy, "funds.approvedBy", 200);
        this.approvedOn = approvedOn;
        this.createdBy = by;
        this.createdAt = at;
    }

    public Long id() {
        return id;
    }

    public int extraDays() {
        return extraDays;
    }

    public String reason() {
        return reason;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public LocalDate approvedOn() {
        return approvedOn;
    }
}
