package vn.vigil.victim.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;
import vn.vigil.victim.api.IndicatorReferralStatus;

/**
 * A visit signed off with trafficking indicators, referred to case workers. It is created only by the
 * repository's idempotent insert (one per visit); a case worker accepts it (a case is opened) or dismisses it.
 */
@Entity
@Table(name = "indicator_referral", schema = "victim")
public class IndicatorReferral {

    @Id
    private Long id;

    @Column(name = "visit_id", nullable = false, updatable = false)
    private long visitId;

    @Column(name = "establishment_id", nullable = false, updatable = false)
    private long establishmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private IndicatorReferralStatus status;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "dismissal_reason", length = 500)
    private String dismissalReason;

    @Column(name = "case_id")
    private Long caseId;

    @Version
    private long version;

    protected IndicatorReferral() {}

    public void accept(long openedCaseId, String actor, Instant now) {
        requirePending();
        this.caseId = openedCaseId;
        decided(actor, now, IndicatorReferralStatus.ACCEPTED);
    }

    public void dismiss(String reason, String actor, Instant now) {
        requirePending();
        this.dismissalReason = Text.required(reason, "victims.dismissalReason", 500);
        decided(actor, now, IndicatorReferralStatus.DISMISSED);
    }

    public void requirePending() {
        if (status != IndicatorReferralStatus.PENDING) {
            throw new DomainException("victims.referralDecided");
        }
    }

    private void decided(String actor, Instant now, IndicatorReferralStatus outcome) {
        this.decidedBy = actor;
        this.decidedAt = now;
        this.status = outcome;
    }

    public Long id() {
        return id;
    }

    public long visitId() {
        return visitId;
    }

    public long establishmentId() {
        return establishmentId;
    }

    public IndicatorReferralStatus status() {
        return status;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String dismissalReason() {
        return dismissalReason;
    }

    public Long caseId() {
        return caseId;
    }

    public long version() {
        return version;
    }
}
