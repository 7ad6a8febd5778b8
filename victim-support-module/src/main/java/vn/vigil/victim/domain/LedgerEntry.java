package vn.vigil.victim.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One immutable line of the funds ledger (the table refuses update and delete). */
@Entity
@Table(name = "ledger_entry", schema = "victim")
public class LedgerEntry {

    public enum Kind {
        COMMITTED,
        RELEASED,
        DISBURSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "budget_line_id", nullable = false, updatable = false)
    private long budgetLineId;

    @Column(name = "support_request_id", nullable = false, updatable = false)
    private long supportRequestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private Kind kind;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    protected LedgerEntry() {}

    public LedgerEntry(long budgetLineId, long supportRequestId, Kind kind, long amount, String by, Instant at) {
        this.budgetLineId = budgetLineId;
        this.supportRequestId = supportRequestId;
        this.kind = kind;
        this.amount = amount;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Kind kind() {
        return kind;
    }

    public long amount() {
        return amount;
    }
}
