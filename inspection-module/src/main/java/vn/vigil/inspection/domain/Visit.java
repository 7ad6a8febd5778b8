package vn.vigil.inspection.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.vigil.core.api.AuditFields;
import vn.vigil.core.api.AuditFieldsListener;
import vn.vigil.core.api.Audited;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;
import vn.vigil.inspection.api.VisitKind;
import vn.vigil.inspection.api.VisitStatus;

/**
 * A visit (lượt kiểm tra) of one establishment by one team: scheduled on the calendar, moved while it is still only
 * scheduled, recorded on site, then signed off by the team lead, after which it never changes again (its record
 * takes amendments instead). A scheduled visit may be called off with a reason.
 */
@Entity
@Table(name = "visit", schema = "inspection")
@EntityListeners(AuditFieldsListener.class)
public class Visit implements Audited {

    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "establishment_id", nullable = false)
    private long establishmentId;

    @Column(name = "commune_id", nullable = false)
    private long communeId;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "plan_id")
    private Long planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VisitKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VisitStatus status;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "cancel_reason", length = REASON_MAX)
    private String cancelReason;

    @ElementCollection
    @CollectionTable(name = "visit_member", schema = "inspection", joinColumns = @JoinColumn(name = "visit_id"))
    private Set<VisitMember> members = new HashSet<>();

    @Version
    private long version;

    @Embedded
    private AuditFields auditFields = new AuditFields();

    protected Visit() {}

    /**
     * Schedules a visit of an establishment (in the commune it is registered in) by a team whose people are
     * {@code seats}; {@code planId} is the plan it serves, or null for a visit outside any plan.
     */
    public Visit(
            long establishmentId,
            long communeId,
            long teamId,
            Long planId,
            VisitKind kind,
            VisitPeriod period,
            Collection<Seat> seats) {
        if (kind == null) {
            throw new DomainException("validation.required", "visit.kind");
        }
        if (period == null) {
            throw new DomainException("validation.required", "visit.startsAt");
        }
        if (seats == null || seats.isEmpty()) {
            throw new DomainException("visit.noMembers");
        }
        this.establishmentId = establishmentId;
        this.communeId = communeId;
        this.teamId = teamId;
        this.planId = planId;
        this.kind = kind;
        this.status = VisitStatus.SCHEDULED;
        this.startsAt = period.startsAt();
        this.endsAt = period.endsAt();
        seats.forEach(s -> members.add(new VisitMember(s.userId(), s.departmentId(), period)));
    }

    /** Moves a visit that is still only scheduled (drag on the calendar); its people move with it. */
    public void reschedule(VisitPeriod period) {
        requireStatus(VisitStatus.SCHEDULED, "visit.notScheduled");
        this.startsAt = period.startsAt();
        this.endsAt = period.endsAt();
        members.forEach(m -> m.moveTo(period));
    }

    /** Calls off a visit that has not started; its people become free for that time. */
    public void cancel(String reason) {
        requireStatus(VisitStatus.SCHEDULED, "visit.notScheduled");
        String why = Text.required(reason, "visit.cancelReason", REASON_MAX);
        this.cancelReason = why;
        this.status = VisitStatus.CANCELLED;
        members.forEach(VisitMember::release);
    }

    /** The team starts recording on site; recording again a visit already in progress is allowed. */
    public void beginRecording() {
        if (status == VisitStatus.IN_PROGRESS) {
            return;
        }
        requireStatus(VisitStatus.SCHEDULED, "visit.notScheduled");
        this.status = VisitStatus.IN_PROGRESS;
    }

    /** Refuses any change to the record of a visit that is not being recorded. */
    public void requireInProgress() {
        requireStatus(VisitStatus.IN_PROGRESS, "visit.notInProgress");
    }

    /** The lead signs the record off: from now on the visit is final. */
    public void signOff() {
        requireInProgress();
        this.status = VisitStatus.SIGNED_OFF;
    }

    private void requireStatus(VisitStatus expected, String refusal) {
        if (status != expected) {
            throw new DomainException(refusal, id);
        }
    }

    public Long id() {
        return id;
    }

    public long establishmentId() {
        return establishmentId;
    }

    public long communeId() {
        return communeId;
    }

    public long teamId() {
        return teamId;
    }

    public Long planId() {
        return planId;
    }

    public VisitKind kind() {
        return kind;
    }

    public VisitStatus status() {
        return status;
    }

    public VisitPeriod period() {
        return new VisitPeriod(startsAt, endsAt);
    }

    public String cancelReason() {
        return cancelReason;
    }

    public List<VisitMember> members() {
        return List.copyOf(members);
    }

    public long version() {
        return version;
    }

    @Override
    public AuditFields auditFields() {
        return auditFields;
    }
}
