package vn.vigil.inspection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.vigil.core.api.AuditFields;
import vn.vigil.core.api.AuditFieldsListener;
import vn.vigil.core.api.Audited;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;
import vn.vigil.inspection.api.EstablishmentStatus;

/** A business that the committee watches because its line is easily abused for trafficking. */
@Entity
@Table(name = "establishment", schema = "inspection")
@EntityListeners(AuditFieldsListener.class)
public class Establishment implements Audited {

    public static final int HIGH_RISK = 70;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_folded", nullable = false, length = 200)
    private String nameFolded;

    @Column(name = "business_line_id", nullable = false)
    private Long businessLineId;

    @Column(name = "registration_no", length = 40)
    private String registrationNo;

    @Column(name = "licence_valid_from")
    private LocalDate licenceValidFrom;

    @Column(name = "licence_valid_until")
    private LocalDate licenceValidUntil;

    @Column(name = "owner_name", length = 120)
    private String ownerName;

    @Column(name = "legal_representative", length = 120)
    private String legalRepresentative;

    @Column(length = 20)
    private String phone;

    @Column(nullable = false, length = 300)
    private String address;

    @Column(name = "address_folded", nullable = false, length = 300)
    private String addressFolded;

    @Column(name = "commune_id", nullable = false)
    private Long communeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EstablishmentStatus status = EstablishmentStatus.OPERATING;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(name = "last_inspected_on")
    private LocalDate lastInspectedOn;

    @Column(name = "violation_points", nullable = false)
    private int violationPoints;

    @Column(name = "tip_count", nullable = false)
    private int tipCount;

    @Column(name = "indicator_count", nullable = false)
    private int indicatorCount;

    @Column(name = "risk_score", nullable = false)
    private int riskScore;

    @Version
    private long version;

    @Embedded
    private AuditFields auditFields = new AuditFields();

    protected Establishment() {}

    public Establishment(
            String name, long businessLineId, String registrationNo, String ownerName, String address, long communeId) {
        this(new EstablishmentDetails(
                name, businessLineId, registrationNo, null, null, ownerName, null, null, address, communeId));
    }

    public Establishment(EstablishmentDetails details) {
        describe(details);
    }

    /** Sets (or corrects) everything a registrar records; the details were validated when they were made. */
    public void describe(EstablishmentDetails details) {
        this.name = details.name();
        this.nameFolded = Text.fold(details.name());
        this.businessLineId = details.businessLineId();
        this.registrationNo = details.registrationNo();
        this.licenceValidFrom = details.licenceValidFrom();
        this.licenceValidUntil = details.licenceValidUntil();
        this.ownerName = details.ownerName();
        this.legalRepresentative = details.legalRepresentative();
        this.phone = details.phone();
        this.address = details.address();
        this.addressFolded = Text.fold(details.address());
        this.communeId = details.communeId();
    }

    public void locate(BigDecimal latitude, BigDecimal longitude) {
        GeoPoint point = GeoPoint.of(latitude, longitude);
        this.latitude = point == null ? null : point.latitude();
        this.longitude = point == null ? null : point.longitude();
    }

    /** Suspends, closes or reopens the establishment; the reason is required for every change. */
    public void changeStatus(EstablishmentStatus newStatus, String reason) {
        if (newStatus == null) {
            throw new DomainException("validation.required", "status");
        }
        if (newStatus == status) {
            throw new DomainException("establishment.statusUnchanged");
        }
        this.statusReason = Text.required(reason, "statusReason", 500);
        this.status = newStatus;
    }

    /**
     * Takes over the risk history known when the establishment enters the registry from an earlier record (an
     * import or demo data): violation points, tips, indicators seen, and the last inspection day (null: never).
     */
    public void recordEarlierHistory(int violationPoints, int tipCount, int indicatorCount, LocalDate lastInspectedOn) {
        if (violationPoints < 0 || tipCount < 0 || indicatorCount < 0) {
            throw new DomainException("establishment.historyNegative");
        }
        this.violationPoints = violationPoints;
        this.tipCount = tipCount;
        this.indicatorCount = indicatorCount;
        this.lastInspectedOn = lastInspectedOn;
    }

    public void scoreRisk(int score) {
        if (score < 0 || score > 100) {
            throw new DomainException("establishment.riskOutOfRange");
        }
        this.riskScore = score;
    }

    public RiskInputs riskInputs(int businessLineWeight) {
        return new RiskInputs(businessLineWeight, violationPoints, tipCount, indicatorCount, lastInspectedOn);
    }

    public EstablishmentDetails details() {
        return new EstablishmentDetails(
                name,
                businessLineId,
                registrationNo,
                licenceValidFrom,
                licenceValidUntil,
                ownerName,
                legalRepresentative,
                phone,
                address,
                communeId);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Long businessLineId() {
        return businessLineId;
    }

    public String registrationNo() {
        return registrationNo;
    }

    public Long communeId() {
        return communeId;
    }

    public EstablishmentStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public BigDecimal latitude() {
        return latitude;
    }

    public BigDecimal longitude() {
        return longitude;
    }

    public LocalDate lastInspectedOn() {
        return lastInspectedOn;
    }

    public int riskScore() {
        return riskScore;
    }

    public long version() {
        return version;
    }

    @Override
    public AuditFields auditFields() {
        return auditFields;
    }
}
