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
import java.util.Locale;
import vn.vigil.core.api.AuditFields;
import vn.vigil.core.api.AuditFieldsListener;
import vn.vigil.core.api.Audited;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;
import vn.vigil.core.api.staff.DepartmentKind;

/** A member body of the Steering Committee (police, health, home affairs…). */
@Entity
@Table(name = "department", schema = "core")
@EntityListeners(AuditFieldsListener.class)
public class Department implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32, unique = true)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private DepartmentKind kind;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    @Embedded
    private AuditFields auditFields = new AuditFields();

    protected Department() {}

    public Department(String code, String name, DepartmentKind kind) {
        describe(code, name, kind, true);
    }

    public void describe(String code, String name, DepartmentKind kind, boolean active) {
        this.code = Text.required(code, "code", 32).toUpperCase(Locale.ROOT);
        this.name = Text.required(name, "name", 200);
        if (kind == null) {
            throw new DomainException("validation.required", "kind");
        }
        this.kind = kind;
        this.active = active;
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

    public DepartmentKind kind() {
        return kind;
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
