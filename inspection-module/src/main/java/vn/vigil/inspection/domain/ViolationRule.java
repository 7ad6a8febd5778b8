package vn.vigil.inspection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;
import vn.vigil.inspection.api.RuleUnit;
import vn.vigil.inspection.api.ViolationRuleCode;

/**
 * One statutory period or amount (a rule of the Law on Handling Administrative Violations) in force from a day,
 * until a day or open-ended. A change of law is a new rule for the same code from a later day; the one before it
 * then ends the day before.
 */
@Entity
@Table(name = "violation_rule", schema = "violation")
public class ViolationRule {

    public static final int BASIS_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private ViolationRuleCode code;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 24)
    private RuleUnit unit;

    @Column(name = "legal_basis", nullable = false, length = BASIS_MAX)
    private String legalBasis;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected ViolationRule() {}

    public ViolationRule(
            ViolationRuleCode code,
            long amount,
            RuleUnit unit,
            String legalBasis,
            LocalDate validFrom,
            String by,
            Instant at) {
        if (code == null) {
            throw new DomainException("validation.required", "violationRule.code");
        }
        if (unit == null) {
            throw new DomainException("validation.required", "violationRule.unit");
        }
        if (validFrom == null) {
            throw new DomainException("validation.required", "violationRule.validFrom");
        }
        if (amount < 0 || (unit.isPeriod() && amount > 3_000)) {
            throw new DomainException("violationRule.amountOutOfRange");
        }
        this.code = code;
        this.amount = amount;
        this.unit = unit;
        this.legalBasis = Text.required(legalBasis, "violationRule.legalBasis", BASIS_MAX);
        this.validFrom = validFrom;
        touch(by, at);
    }

    /** Ends this rule the day before its successor starts; a successor must start after this rule did. */
    public void supersededFrom(LocalDate successorFrom, String by, Instant at) {
        if (!successorFrom.isAfter(validFrom)) {
            throw new DomainException("violationRule.successorTooEarly", validFrom);
        }
        this.validUntil = successorFrom.minusDays(1);
        touch(by, at);
    }

    /** Runs on without end again, its successor withdrawn before coming into force. */
    public void reopen(String by, Instant at) {
        this.validUntil = null;
        touch(by, at);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    public RulePeriod period() {
        return new RulePeriod(Math.toIntExact(amount), unit);
    }

    private void touch(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long id() {
        return id;
    }

    public ViolationRuleCode code() {
        return code;
    }

    public long amount() {
        return amount;
    }

    public RuleUnit unit() {
        return unit;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
