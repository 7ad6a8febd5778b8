package vn.vigil.inspection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.vigil.core.api.AuditFields;
import vn.vigil.core.api.AuditFieldsListener;
import vn.vigil.core.api.Audited;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Money;
import vn.vigil.core.api.Text;
import vn.vigil.inspection.api.LegalProvisionCommand;
import vn.vigil.inspection.api.ViolatorKind;

/**
 * A sanctionable act of the legal catalogue (decree, article, clause, point) with its fine ranges for individuals
 * and organisations, the additional sanctions it allows and its remedial measures.
 */
@Entity
@Table(name = "legal_provision", schema = "violation")
@EntityListeners(AuditFieldsListener.class)
public class LegalProvision implements Audited {

    public static final int TEXT_MAX = 1000;
    public static final long FINE_CEILING = 2_000_000_000L;
    private static final Pattern DECREE = Pattern.compile("\\d{1,4}/\\d{4}/[\\p{L}\\-]{2,20}");
    private static final Pattern POINT = Pattern.compile("\\p{Ll}{1,2}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String decree;

    @Column(nullable = false)
    private int article;

    @Column(nullable = false)
    private int clause;

    @Column(length = 4)
    private String point;

    @Column(nullable = false, length = TEXT_MAX)
    private String description;

    @Column(name = "individual_fine_min", nullable = false)
    private long individualFineMin;

    @Column(name = "individual_fine_max", nullable = false)
    private long individualFineMax;

    @Column(name = "organisation_fine_min", nullable = false)
    private long organisationFineMin;

    @Column(name = "organisation_fine_max", nullable = false)
    private long organisationFineMax;

    @Column(name = "suspension_months_min")
    private Integer suspensionMonthsMin;

    @Column(name = "suspension_months_max")
    private Integer suspensionMonthsMax;

    @Column(nullable = false)
    private boolean confiscation;

    @Column(name = "remedial_measures", length = TEXT_MAX)
    private String remedialMeasures;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Version
    private long version;

    @Embedded
    private AuditFields auditFields = new AuditFields();

    protected LegalProvision() {}

    public LegalProvision(LegalProvisionCommand command) {
        describe(command);
    }

    public void describe(LegalProvisionCommand c) {
        String cleanDecree =
                Text.required(c.decree(), "legalProvision.decree", 40).toUpperCase(Locale.ROOT);
        if (!DECREE.matcher(cleanDecree).matches()) {
            throw new DomainException("legalProvision.decreeInvalid", cleanDecree);
        }
        String cleanPoint = Text.clean(c.point());
        if (cleanPoint != null) {
            cleanPoint = cleanPoint.toLowerCase(Locale.ROOT);
            if (!POINT.matcher(cleanPoint).matches()) {
                throw new DomainException("legalProvision.pointInvalid", cleanPoint);
            }
        }
        long indMin = fine(c.individualFineMin(), "legalProvision.individualFineMin");
        long indMax = fine(c.individualFineMax(), "legalProvision.individualFineMax");
        long orgMin = c.organisationFineMin() == null
                ? indMin * 2
                : fine(c.organisationFineMin(), "legalProvision.organisationFineMin");
        long orgMax = c.organisationFineMax() == null
                ? indMax * 2
                : fine(c.organisationFineMax(), "legalProvision.organisationFineMax");
        if (indMin > indMax || orgMin > orgMax) {
            throw new DomainException("legalProvision.fineRangeInverted");
        }
        checkSuspension(c.suspensionMonthsMin(), c.suspensionMonthsMax());
        if (c.validFrom() == null) {
            throw new DomainException("validation.required", "legalProvision.validFrom");
        }
        if (c.validUntil() != null && c.validUntil().isBefore(c.validFrom())) {
            throw new DomainException("legalProvision.validityInverted");
        }
        this.decree = cleanDecree;
        this.article = positive(c.article(), "legalProvision.article");
        this.clause = positive(c.clause(), "legalProvision.clause");
        this.point = cleanPoint;
        this.description = Text.required(c.description(), "legalProvision.description", TEXT_MAX);
        this.individualFineMin = indMin;
        this.individualFineMax = indMax;
        this.organisationFineMin = orgMin;
        this.organisationFineMax = orgMax;
        this.suspensionMonthsMin = c.suspensionMonthsMin();
        this.suspensionMonthsMax = c.suspensionMonthsMax();
        this.confiscation = c.confiscation();
        this.remedialMeasures = Text.clean(c.remedialMeasures());
        if (remedialMeasures != null && remedialMeasures.length() > TEXT_MAX) {
            throw new DomainException("validation.tooLong", "legalProvision.remedialMeasures", TEXT_MAX);
        }
        this.active = c.active();
        this.validFrom = c.validFrom();
        this.validUntil = c.validUntil();
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    /** Refuses to charge this act for a violation committed on a day it was not in force. */
    public void requireInForceOn(LocalDate committedOn) {
        if (!inForceOn(committedOn)) {
            throw new DomainException("violation.provisionNotInForce", reference(), committedOn);
        }
    }

    /** Refuses a fine for this act outside the range for that kind of violator. */
    public void requireFineInRange(ViolatorKind violator, Money fine) {
        long min = violator == ViolatorKind.ORGANISATION ? organisationFineMin : individualFineMin;
        long max = violator == ViolatorKind.ORGANISATION ? organisationFineMax : individualFineMax;
        if (fine.dong() < min || fine.dong() > max) {
            throw new DomainException("violation.fineOutOfRange", reference(), min, max);
        }
    }

    /** The short, language-neutral citation: decree, then article.clause[.point], e.g. "144/2021/NĐ-CP 27.1.a". */
    public String reference() {
        return decree + " " + article + "." + clause + (point == null ? "" : "." + point);
    }

    private static long fine(Long value, String field) {
        if (value == null) {
            throw new DomainException("validation.required", field);
        }
        if (value < 0 || value > FINE_CEILING) {
            throw new DomainException("legalProvision.fineOutOfBounds", FINE_CEILING);
        }
        return value;
    }

    private static int positive(Integer value, String field) {
        if (value == null) {
            throw new DomainException("validation.required", field);
        }
        if (value < 1 || value > 999) {
            throw new DomainException("legalProvision.numberInvalid", field);
        }
        return value;
    }

    private static void checkSuspension(Integer min, Integer max) {
        if (min == null && max == null) {
            return;
        }
        if (min == null || max == null || min < 1 || max > 24 || min > max) {
            throw new DomainException("legalProvision.suspensionInvalid");
        }
    }

    public Long id() {
        return id;
    }

    public String decree() {
        return decree;
    }

    public int article() {
        return article;
    }

    public int clause() {
        return clause;
    }

    public String point() {
        return point;
    }

    public String description() {
        return description;
    }

    public long individualFineMin() {
        return individualFineMin;
    }

    public long individualFineMax() {
        return individualFineMax;
    }

    public long organisationFineMin() {
        return organisationFineMin;
    }

    public long organisationFineMax() {
        return organisationFineMax;
    }

    public Integer suspensionMonthsMin() {
        return suspensionMonthsMin;
    }

    public Integer suspensionMonthsMax() {
        return suspensionMonthsMax;
    }

    public boolean confiscation() {
        return confiscation;
    }

    public String remedialMeasures() {
        return remedialMeasures;
    }

    public boolean active() {
        return active;
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
