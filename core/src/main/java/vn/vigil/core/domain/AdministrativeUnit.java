package vn.vigil.core.domain;

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
import vn.vigil.core.api.AuditFields;
import vn.vigil.core.api.AuditFieldsListener;
import vn.vigil.core.api.Audited;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;
import vn.vigil.core.api.unit.UnitKind;
import vn.vigil.core.api.unit.UnitLevel;

/**
 * A province, (former) district, commune-level unit or village, valid over a period. A merger ends the old
 * unit's period and names its successor; the old row stays so history reports against it.
 */
@Entity
@Table(name = "administrative_unit", schema = "core")
@EntityListeners(AuditFieldsListener.class)
public class AdministrativeUnit implements Audited {

    public static final int CODE_MAX = 16;
    public static final int NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = CODE_MAX)
    private String code;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "name_folded", nullable = false, length = NAME_MAX)
    private String nameFolded;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UnitLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private UnitKind kind;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "successor_id")
    private Long successorId;

    @Version
    private long version;

    @Embedded
    private AuditFields auditFields = new AuditFields();

    protected AdministrativeUnit() {}

    public AdministrativeUnit(String code, String name, UnitKind kind, AdministrativeUnit parent, LocalDate validFrom) {
        describe(code, name, kind, parent, validFrom);
    }

    /** Corrects the unit's description; the parent must be of a level the unit may sit under, valid at the start. */
    public void describe(String code, String name, UnitKind kind, AdministrativeUnit parent, LocalDate validFrom) {
        this.code = Text.required(code, "code", CODE_MAX);
        this.name = Text.required(name, "name", NAME_MAX);
        this.nameFolded = Text.fold(this.name);
        if (kind == null) {
            throw new DomainException("validation.required", "kind");
        }
        if (validFrom == null) {
            throw new DomainException("validation.required", "validFrom");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new DomainException("unit.periodInvalid");
        }
        this.kind = kind;
        this.level = kind.level();
        this.validFrom = validFrom;
        if (parent == null) {
            if (level != UnitLevel.PROVINCE) {
                throw new DomainException("unit.parentRequired");
            }
            this.parentId = null;
        } else {
            if (parent.id != null && parent.id.equals(id)) {
                throw new DomainException("unit.parentInvalid");
            }
            if (!UnitKind.allowedParentLevels(level).contains(parent.level)) {
                throw new DomainException("unit.parentLevelInvalid");
            }
            if (!parent.isValidOn(validFrom)) {
                throw new DomainException("unit.parentNotInForce");
            }
            this.parentId = parent.id;
        }
    }

    /** Ends this unit on {@code lastDay}; the successor must be in force on the next day. */
    public void retire(LocalDate lastDay, AdministrativeUnit successor) {
        if (lastDay == null) {
            throw new DomainException("validation.required", "validTo");
        }
        if (lastDay.isBefore(validFrom)) {
            throw new DomainException("unit.periodInvalid");
        }
        if (successor != null) {
            if (successor.id != null && successor.id.equals(id)) {
                throw new DomainException("unit.successorInvalid");
            }
            if (!successor.isValidOn(lastDay.plusDays(1))) {
                throw new DomainException("unit.successorNotInForce");
            }
        }
        this.validTo = lastDay;
        this.successorId = successor == null ? null : successor.id;
    }

    /** Puts the unit back in force with no end, as when a retirement is corrected away. */
    public void reopen() {
        this.validTo = null;
        this.successorId = null;
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public UnitLevel level() {
        return level;
    }

    public UnitKind kind() {
        return kind;
    }

    public Long parentId() {
        return parentId;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public Long successorId() {
        return successorId;
    }

    public long version() {
        return version;
    }

    @Override
    public AuditFields auditFields() {
        return auditFields;
    }
}
