package vn.vigil.web.ui.admin;

import java.io.Serializable;
import java.time.LocalDate;
import vn.vigil.core.api.unit.AdminUnitCommand;
import vn.vigil.core.api.unit.AdminUnitView;
import vn.vigil.core.api.unit.UnitKind;
import vn.vigil.core.api.unit.UnitLevel;

/** What the add/edit dialog holds: a new unit, or an existing one with the version the person loaded. */
public class AdminUnitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String code;
    private String name;
    private UnitKind kind;
    private AdminUnitView parent;
    private LocalDate validFrom;
    private LocalDate validTo;
    private AdminUnitView successor;

    static AdminUnitForm blank() {
        return new AdminUnitForm();
    }

    static AdminUnitForm of(AdminUnitView unit, AdminUnitView parent, AdminUnitView successor) {
        AdminUnitForm form = new AdminUnitForm();
        form.id = unit.id();
        form.version = unit.version();
        form.code = unit.code();
        form.name = unit.name();
        form.kind = unit.kind();
        form.parent = parent;
        form.validFrom = unit.validFrom();
        form.validTo = unit.validTo();
        form.successor = successor;
        return form;
    }

    AdminUnitCommand command() {
        return new AdminUnitCommand(
                code,
                name,
                kind,
                parent == null ? null : parent.id(),
                validFrom,
                validTo,
                successor == null ? null : successor.id());
    }

    public boolean isAdding() {
        return id == null;
    }

    /** Provinces and centrally governed cities sit under no one. */
    public boolean isProvincial() {
        return kind != null && kind.level() == UnitLevel.PROVINCE;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }

    public AdminUnitView getParent() {
        return parent;
    }

    public void setParent(AdminUnitView parent) {
        this.parent = parent;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public AdminUnitView getSuccessor() {
        return successor;
    }

    public void setSuccessor(AdminUnitView successor) {
        this.successor = successor;
    }
}
