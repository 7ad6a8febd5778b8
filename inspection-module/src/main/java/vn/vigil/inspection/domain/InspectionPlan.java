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
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import vn.vigil.core.api.AuditFields;
import vn.vigil.core.api.AuditFieldsListener;
import vn.vigil.core.api.Audited;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.CampaignKind;
import vn.vigil.inspection.api.PlanStatus;
import vn.vigil.inspection.api.TargetSelection;

/**
 * An inspection plan (kế hoạch kiểm tra): drafted and revised by a team lead, approved once (its targets are then
 * fixed and its terms no longer change), and finally closed.
 */
@Entity
@Table(name = "inspection_plan", schema = "inspection")
@EntityListeners(AuditFieldsListener.class)
public class InspectionPlan implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_number", nullable = false, length = 40)
    private String number;

    @Column(name = "number_key", nullable = false, length = 40)
    private String numberKey;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CampaignKind campaign;

    @Column(name = "approver_name", nullable = false, length = 120)
    private String approverName;

    @Column(name = "approver_position", nullable = false, length = 160)
    private String approverPosition;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_until", nullable = false)
    private LocalDate periodUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PlanStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_selection", nullable = false, length = 16)
    private TargetSelection targetSelection;

    @Column(name = "min_risk")
    private Integer minRisk;

    @Column(name = "coverage_target_percent", nullable = false)
    private int coverageTargetPercent;

    @Column(name = "min_unannounced_visits", nullable = false)
    private int minUnannouncedVisits;

    @Column(name = "target_count", nullable = false)
    private int targetCount;

    @ElementCollection
    @CollectionTable(
            name = "inspection_plan_commune",
            schema = "inspection",
            joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "commune_id")
    private Set<Long> communeIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "inspection_plan_line", schema = "inspection", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "business_line_id")
    private Set<Long> businessLineIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(
            name = "inspection_plan_chosen",
            schema = "inspection",
            joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "establishment_id")
    private Set<Long> chosenEstablishmentIds = new HashSet<>();

    @Version
    private long version;

    @Embedded
    private AuditFields auditFields = new AuditFields();

    protected InspectionPlan() {}

    public InspectionPlan(PlanTerms terms) {
        this.status = PlanStatus.DRAFT;
        adopt(terms);
    }

    /** Changes a draft's terms; an approved or closed plan is refused. */
    public void revise(PlanTerms terms) {
        requireDraft();
        adopt(terms);
    }

    /** Refuses any change to a plan that is no longer a draft. */
    public void requireDraft() {
        requireStatus(PlanStatus.DRAFT, "plan.notDraft");
    }

    /**
     * Approves the draft with the targets that were fixed for it. A plan without any target, or signed on a day
     * that has not come yet, is refused.
     */
    public void approve(LocalDate signedOn, int fixedTargets, LocalDate today) {
        requireDraft();
        if (signedOn == null) {
            throw new DomainException("validation.required", "plan.approvedOn");
        }
        if (signedOn.isAfter(today)) {
            throw new DomainException("plan.approvedInFuture");
        }
        if (fixedTargets <= 0) {
            throw new DomainException("plan.noTargets");
        }
        this.approvedOn = signedOn;
        this.targetCount = fixedTargets;
        this.status = PlanStatus.APPROVED;
    }

    /** Ends an approved plan; its progress stays readable. */
    public void close() {
        requireStatus(PlanStatus.APPROVED, "plan.notApproved");
        this.status = PlanStatus.CLOSED;
    }

    private void requireStatus(PlanStatus expected, String refusal) {
        if (status != expected) {
            throw new DomainException(refusal, number);
        }
    }

    private void adopt(PlanTerms t) {
        this.number = t.number();
        this.numberKey = t.numberKey();
        this.year = t.year();
        this.title = t.title();
        this.campaign = t.campaign();
        this.approverName = t.approverName();
        this.approverPosition = t.approverPosition();
        this.periodFrom = t.periodFrom();
        this.periodUntil = t.periodUntil();
        this.targetSelection = t.targetSelection();
        this.minRisk = t.minRisk();
        this.coverageTargetPercent = t.coverageTargetPercent();
        this.minUnannouncedVisits = t.minUnannouncedVisits();
        replace(communeIds, t.communeIds());
        replace(businessLineIds, t.businessLineIds());
        replace(chosenEstablishmentIds, t.establishmentIds());
    }

    private static void replace(Set<Long> current, Set<Long> wanted) {
        current.retainAll(wanted);
        current.addAll(wanted);
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String numberKey() {
        return numberKey;
    }

    public int year() {
        return year;
    }

    public String title() {
        return title;
    }

    public CampaignKind campaign() {
        return campaign;
    }

    public String approverName() {
        return approverName;
    }

    public String approverPosition() {
        return approverPosition;
    }

    public LocalDate approvedOn() {
        return approvedOn;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodUntil() {
        return periodUntil;
    }

    public PlanStatus status() {
        return status;
    }

    public TargetSelection targetSelection() {
        return targetSelection;
    }

    public Integer minRisk() {
        return minRisk;
    }

    public int coverageTargetPercent() {
        return coverageTargetPercent;
    }

    public int minUnannouncedVisits() {
        return minUnannouncedVisits;
    }

    public int targetCount() {
        return targetCount;
    }

    public Set<Long> communeIds() {
        return Set.copyOf(communeIds);
    }

    public Set<Long> businessLineIds() {
        return Set.copyOf(businessLineIds);
    }

    public Set<Long> chosenEstablishmentIds() {
        return Set.copyOf(chosenEstablishmentIds);
    }

    public long version() {
        return version;
    }

    @Override
    public AuditFields auditFields() {
        return auditFields;
    }
}
