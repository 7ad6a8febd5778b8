package vn.vigil.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;

/** One issued document number; never changed once written. */
@Entity
@Table(name = "document_number", schema = "core")
public class DocumentNumber {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40, updatable = false)
    private String kind;

    @Column(name = "issuer_code", nullable = false, length = 32, updatable = false)
    private String issuerCode;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Column(nullable = false, length = 40, updatable = false)
    private String symbol;

    @Column(name = "number_text", nullable = false, length = 80, updatable = false)
    private String numberText;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 64, updatable = false)
    private String issuedBy;

    @Column(name = "reference_type", nullable = false, length = 60, updatable = false)
    private String referenceType;

    @Column(name = "reference_id", nullable = false, length = 60, updatable = false)
    private String referenceId;

    protected DocumentNumber() {}

    public DocumentNumber(
            DocumentSequence sequence,
            int seq,
            String symbol,
            Instant issuedAt,
            String issuedBy,
            String referenceType,
            String referenceId) {
        if (seq < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1: " + seq);
        }
        if (issuedAt == null) {
            throw new DomainException("validation.required", "issuedAt");
        }
        this.kind = sequence.kind();
        this.issuerCode = sequence.issuerCode();
        this.year = sequence.year();
        this.seq = seq;
        this.symbol = Text.required(symbol, "symbol", 40);
        this.numberText = DocumentNumberFormat.format(seq, this.symbol);
        this.issuedAt = issuedAt;
        this.issuedBy = Text.required(issuedBy, "issuedBy", 64);
        this.referenceType = Text.required(referenceType, "referenceType", 60);
        this.referenceId = Text.required(referenceId, "referenceId", 60);
    }

    public Long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String issuerCode() {
        return issuerCode;
    }

    public int year() {
        return year;
    }

    public int seq() {
        return seq;
    }

    public String symbol() {
        return symbol;
    }

    public String numberText() {
        return numberText;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public String referenceType() {
        return referenceType;
    }

    public String referenceId() {
        return referenceId;
    }
}
