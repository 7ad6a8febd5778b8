package vn.vigil.inspection.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;
import vn.vigil.inspection.api.AmendmentView;

/**
 * A correction of a signed-off record: why, what, by whom and when, with evidence added after sign-off. History:
 * never changed or removed (the database refuses it).
 */
@Entity
@Table(name = "visit_record_amendment", schema = "inspection")
public class Amendment {

    public static final int REASON_MAX = 500;
    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "record_id", nullable = false, updatable = false)
    private Long recordId;

    @Column(nullable = false, updatable = false, length = REASON_MAX)
    private String reason;

    @Column(nullable = false, updatable = false, length = TEXT_MAX)
    private String text;

    @ElementCollection
    @CollectionTable(
            name = "visit_record_amendment_evidence",
            schema = "inspection",
            joinColumns = @JoinColumn(name = "amendment_id"))
    @Column(name = "evidence_id", nullable = false)
    private Set<Long> evidenceIds = new HashSet<>();

    @Column(name = "amended_by", nullable = false, updatable = false, length = 64)
    private String amendedBy;

    @Column(name = "amended_at", nullable = false, updatable = false)
    private Instant amendedAt;

    protected Amendment() {}

    /**
     * Amends a signed-off record; the evidence must be the visit's, added after sign-off ({@code lateEvidence}).
     */
    public Amendment(
            VisitRecord record,
            String reason,
            String text,
            List<Long> evidenceIds,
            Set<Long> lateEvidence,
            String by,
            Instant at) {
        record.requireSignedOff();
        this.recordId = record.id();
        this.reason = Text.required(reason, "amendment.reason", REASON_MAX);
        String body = text == null ? null : text.strip();
        if (body == null || body.isEmpty()) {
            throw new DomainException("validation.required", "amendment.text");
        }
        this.text = Text.maxLength(body, "amendment.text", TEXT_MAX);
        if (!lateEvidence.containsAll(evidenceIds)) {
            throw new DomainException("amendment.evidenceUnknown");
        }
        this.evidenceIds.addAll(evidenceIds);
        this.amendedBy = by;
        this.amendedAt = at;
    }

    public AmendmentView view() {
        return new AmendmentView(id, reason, text, evidenceIds.stream().sorted().toList(), amendedBy, amendedAt);
    }

    public Long id() {
        return id;
    }

    public Set<Long> evidenceIds() {
        return Set.copyOf(evidenceIds);
    }
}
