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

    @Column(name = "owner_name", length = 120)
    private String ownerName;

    @Column(nullable = false, length = 300)
    private String address;

    @Column(name = "commune_id", nullable = false)
    private Long communeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EstablishmentStatus status = EstablishmentStatus.OPERATING;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(name = "risk_score", nullable = false)
    private int riskScore;

    @Version
    private long version;

    @Embedded
    private AuditFields auditFields = new AuditFields();

    protected Establishment() {}

    public Establishment(
            String name, long businessLineId, String registrationNo, String ownerName, String address, long communeId) {
        this.name = Text.required(name, "name", 200);
        this.nameFolded = Text.fold(this.name);
        this.businessLineId = businessLineId;
        this.registrationNo = Text.maxLength(Text.clean(registrationNo), "registrationNo", 40);
        this.ownerName = Text.maxLength(Text.clean(ownerName), "ownerName", 120);
        this.address = Text.required(address, "address", 300);
        this.communeId = communeId;
    }

    public void locate(BigDecimal latitude, BigDecimal longitude) {
        if ((latitude == null) != (longitude == null)) {
            throw new DomainException("establishment.gpsIncomplete");
        }
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public void scoreRisk(int score) {
        if (score < 0 || score > 100) {
            throw new DomainException("establishment.riskOutOfRange");
        }
        this.riskScore = score;
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

    public Long communeId() {
        return communeId;
    }

    public EstablishmentStatus status() {
        return status;
    }

    public int riskScore() {
        return riskScore;
    }

    @Override
    public AuditFields auditFields() {
        return auditFields;
    }
}
