package vn.vigil.inspection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import vn.vigil.inspection.api.ViolationCaseAction;
import vn.vigil.inspection.api.ViolationCaseStatus;

/** One step of a case's history: who did what, when, why, and the states before and after. */
@Embeddable
public class CaseTransition {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ViolationCaseAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 24)
    private ViolationCaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 24)
    private ViolationCaseStatus toStatus;

    @Column(name = "acted_at", nullable = false)
    private Instant actedAt;

    @Column(name = "acted_by", nullable = false, length = 64)
    private String actedBy;

    @Column(length = ViolationCase.REASON_MAX)
    private String reason;

    protected CaseTransition() {}

    CaseTransition(
            ViolationCaseAction action,
            ViolationCaseStatus fromStatus,
            ViolationCaseStatus toStatus,
            Instant actedAt,
            String actedBy,
            String reason) {
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actedAt = actedAt;
        this.actedBy = actedBy;
        this.reason = reason;
    }

    public ViolationCaseAction action() {
        return action;
    }

    public ViolationCaseStatus fromStatus() {
        return fromStatus;
    }

    public ViolationCaseStatus toStatus() {
        return toStatus;
    }

    public Instant actedAt() {
        return actedAt;
    }

    public String actedBy() {
        return actedBy;
    }

    public String reason() {
        return reason;
    }
}
