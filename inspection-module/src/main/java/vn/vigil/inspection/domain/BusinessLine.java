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
import java.util.Locale;
import java.util.regex.Pattern;
import vn.vigil.core.api.AuditFields;
import vn.vigil.core.api.AuditFieldsListener;
import vn.vigil.core.api.Audited;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;

/** A line of business the committee watches, with the weight it gives an establishment's risk score. */
@Entity
@Table(name = "business_line", schema = "inspection")
@EntityListeners(AuditFieldsListener.class)
public class BusinessLine implements Audited {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(name = "name_vi", nullable = false, length = 160)
    private String nameVi;

    @Column(name = "name_en", nullable = false, length = 160)
    private String nameEn;

    @Column(name = "risk_weight", nullable = false)
    private int riskWeight;

    @Column(nullable = false)
    private boolean conditional;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    @Embedded
    private AuditFields auditFields = new AuditFields();

    protected BusinessLine() {}

    public BusinessLine(String code, String nameVi, String nameEn, int riskWeight, boolean conditional) {
        describe(code, nameVi, nameEn, riskWeight, conditional, true);
    }

    public void describe(
            String code, String nameVi, String nameEn, int riskWeight, boolean conditional, boolean active) {
        String cleanCode = Text.required(code, "code", 32).toUpperCase(Locale.ROOT);
        if (!CODE.matcher(cleanCode).matches()) {
            throw new DomainException("businessLine.codeInvalid", cleanCode);
        }
        if (riskWeight < 0 || riskWeight > 100) {
            throw new DomainException("businessLine.weightOutOfRange");
        }
        this.code = cleanCode;
        this.nameVi = Text.required(nameVi, "businessLine.nameVi", 160);
        this.nameEn = Text.required(nameEn, "businessLine.nameEn", 160);
        this.riskWeight = riskWeight;
        this.conditional = conditional;
        this.active = active;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    public int riskWeight() {
        return riskWeight;
    }

    public boolean conditional() {
        return conditional;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }

    @Override
    public AuditFields auditFields() {
        return auditFields;
    }
}
