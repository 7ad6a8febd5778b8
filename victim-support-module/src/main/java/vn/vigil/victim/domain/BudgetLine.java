package vn.vigil.victim.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.vigil.core.api.AuditFields;
import vn.vigil.core.api.AuditFieldsListener;
import vn.vigil.core.api.Audited;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Money;
import vn.vigil.core.api.Text;

/**
 * A year's money from one funding source for one support type. Its balances are never stored here: they are
 * derived from the ledger ({@link LineBalance}).
 */
@Entity
@Table(name = "budget_line", schema = "victim")
@EntityListeners(AuditFieldsListener.class)
public class BudgetLine implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "budget_year", nullable = false)
    private int year;

    @Column(name = "funding_source_id", nullable = false)
    private long fundingSourceId;

    @Column(name = "support_type", nullable = false, length = 2)
    private String supportType;

    @Column(nullable = false)
    private long amount;

    @Column(length = 300)
    private String note;

    @Version
    private long version;

    @Embedded
    private AuditFields auditFields = new AuditFields();

    protected BudgetLine() {}

    public BudgetLine(int year, long fundingSourceId, String supportType, Money amount, String note) {
        if (year < 2000 || year > 2100) {
            throw new DomainException("funds.yearInvalid", year);
        }
        if (!Eligibility.TYPES.contains(supportType)) {
            throw new DomainException("funds.unknownType", supportType);
        }
        this.year = year;
        this.fundingSourceId = fundingSourceId;
        this.supportType = supportType;
        revise(amount, note, LineBalance.EMPTY);
    }

    /** A new amount, never below what the ledger already holds against the line. */
    public void revise(Money amount, String note, LineBalance balance) {
        if (amount == null || amount.dong() <= 0) {
            throw new DomainException("funds.amountPositive");
        }
        long used = balance.committed() + balance.disbursed();
        if (amount.dong() < used) {
            throw new DomainException("funds.line.belowUsed", used);
        }
        this.amount = amount.dong();
        this.note = Text.maxLength(Text.clean(note), "funds.note", 300);
    }

    public Long id() {
        return id;
    }

    public int year() {
        return year;
    }

    public long fundingSourceId() {
        return fundingSourceId;
    }

    public String supportType() {
        return supportType;
    }

    public Money amount() {
        return Money.ofDong(amount);
    }

    public String note() {
        return note;
    }

    public long version() {
        return version;
    }

    @Override
    public AuditFields auditFields() {
        return auditFields;
    }
}
