package vn.vigil.inspection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.vigil.core.api.AuditFields;
import vn.vigil.core.api.AuditFieldsListener;
import vn.vigil.core.api.Audited;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.RiskFactor;
import vn.vigil.inspection.api.RiskWeightView;

/** How many points a risk factor can add, and the value at which it adds them all. */
@Entity
@Table(name = "risk_factor_weight", schema = "inspection")
@EntityListeners(AuditFieldsListener.class)
public class RiskFactorWeight implements Audited {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private RiskFactor factor;

    @Column(nullable = false)
    private int weight;

    @Column(nullable = false)
    private int saturation;

    @Version
    private long version;

    @Embedded
    private AuditFields auditFields = new AuditFields();

    protected RiskFactorWeight() {}

    /** The business line's saturation is fixed at 100: the line's weight is already on a 0–100 scale. */
    public void adjust(int newWeight, int newSaturation) {
        if (newWeight < 0 || newWeight > 100) {
            throw new DomainException("risk.weightOutOfRange");
        }
        if (newSaturation < 1 || newSaturation > 1000) {
            throw new DomainException("risk.saturationOutOfRange");
        }
        this.weight = newWeight;
        this.saturation = factor == RiskFactor.BUSINESS_LINE ? 100 : newSaturation;
    }

    public RiskWeightView view() {
        return new RiskWeightView(factor, weight, saturation, version);
    }

    public RiskFactor factor() {
        return factor;
    }

    public long version() {
        return version;
    }

    @Override
    public AuditFields auditFields() {
        return auditFields;
    }
}
