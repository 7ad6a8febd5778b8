package vn.vigil.victim.domain;

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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.vigil.core.api.AuditFields;
import vn.vigil.core.api.AuditFieldsListener;
import vn.vigil.core.api.Audited;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Money;
import vn.vigil.core.api.Text;
import vn.vigil.victim.api.RateCommand;
import vn.vigil.victim.api.RateUnit;

/**
 * A provincial rate (People's Council resolution) for one item of a support type: so much per day, per month or
 * once, perhaps for at most so many units, valid over a period. A request's amount may not exceed rate × quantity.
 */
@Entity
@Table(name = "support_rate", schema = "victim")
@EntityListeners(AuditFieldsListener.class)
public class SupportRate implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "support_type", nullable = false, length = 2)
    private String supportType;

    @Column(nullable = false, length = 40)
    private String item;

    @Column(name = "name_vi", nullable = false, length = 200)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RateUnit unit;

    @Column(nullable = false)
    private long amount;

    @Column(name = "max_units")
    private Integer maxUnits;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Version
    private long version;

    @Embedded
    private AuditFields auditFields = new AuditFields();

    protected SupportRate() {}

    public SupportRate(RateCommand command) {
        this.supportType = Text.required(command.supportType(), "funds.supportType", 2);
        if (!Eligibility.TYPES.contains(supportType)) {
            throw new DomainException("funds.unknownType", supportType);
        }
        String code = Text.required(command.item(), "funds.item", 40).toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z][A-Z0-9_]*")) {
            throw new DomainException("funds.rate.itemInvalid", code);
        }
        this.item = code;
        revise(command);
    }

    /** Changes name, unit, amount and validity; the type and item stay. */
    public void revise(RateCommand command) {
        this.nameVi = Text.required(command.nameVi(), "funds.nameVi", 200);
        this.nameEn = Text.required(command.nameEn(), "funds.nameEn", 200);
        if (command.unit() == null) {
            throw new DomainException("validation.required", "funds.unit");
        }
        this.unit = command.unit();
        if (command.amount() == null || command.amount() <= 0) {
            throw new DomainException("funds.amountPositive");
        }
        this.amount = command.amount();
        if (command.maxUnits() != null && command.maxUnits() <= 0) {
            throw new DomainException("funds.rate.maxUnitsInvalid");
        }
        this.maxUnits = command.maxUnits();
        if (command.validFrom() == null) {
            throw new DomainException("validation.required", "funds.validFrom");
        }
        if (command.validUntil() != null && command.validUntil().isBefore(command.validFrom())) {
            throw new DomainException("funds.rate.periodInvalid");
        }
        this.validFrom = command.validFrom();
        this.validUntil = command.validUntil();
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    /**
     * How many units a request takes: the days of its period for a daily rate, the months given for a monthly
     * rate, one for a one-off rate. Refused above the rate's maximum.
     */
    public int quantity(LocalDate periodFrom, LocalDate periodUntil, Integer months) {
        int units = switch (unit) {
            case PER_DAY -> {
                if (periodFrom == null || periodUntil == null) {
                    throw new DomainException("funds.request.periodRequired");
                }
                yield (int) ChronoUnit.DAYS.between(periodFrom, periodUntil) + 1;
            }
            case PER_MONTH -> {
                if (months == null || months <= 0) {
                    throw new DomainException("funds.request.quantityRequired");
                }
                yield months;
            }
            case ONE_OFF -> 1;
        };
        if (maxUnits != null && units > maxUnits) {
            throw new DomainException("funds.rate.tooManyUnits", maxUnits);
        }
        return units;
    }

    /** The most a request of {@code quantity} units may ask under this rate. */
    public Money ceiling(int quantity) {
        return Money.ofDong(amount).times(quantity);
    }

    public Long id() {
        return id;
    }

    public String supportType() {
        return supportType;
    }

    public String item() {
        return item;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    public RateUnit unit() {
        return unit;
    }

    public long amount() {
        return amount;
    }

    public Integer maxUnits() {
        return maxUnits;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public long version() {
        return version;
    }

    @Override
    public AuditFields auditFields() {
        return auditFields;
    }
}
