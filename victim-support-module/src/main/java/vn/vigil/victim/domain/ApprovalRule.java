package vn.vigil.victim.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Money;

/** The province's rule: requests above this amount need a second finance officer's approval. One row. */
@Entity
@Table(name = "approval_rule", schema = "victim")
public class ApprovalRule {

    public static final short THE_RULE = 1;

    @Id
    private short id;

    @Column(name = "second_approval_above", nullable = false)
    private long secondApprovalAbove;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected ApprovalRule() {}

    public boolean needsSecondApproval(Money amount) {
        return amount.dong() > secondApprovalAbove;
    }

    public void change(long secondApprovalAbove, String by, Instant at) {
        if (secondApprovalAbove < 0) {
            throw new DomainException("funds.amountPositive");
        }
        this.secondApprovalAbove = secondApprovalAbove;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public long secondApprovalAbove() {
        return secondApprovalAbove;
    }

    public long version() {
        return version;
    }
}
