package vn.vigil.web.ui.admin;

import java.io.Serializable;
import vn.vigil.core.api.staff.DepartmentCommand;
import vn.vigil.core.api.staff.DepartmentKind;
import vn.vigil.core.api.staff.DepartmentView;

/** What the department dialog edits: a new department or an existing one at the version the administrator read. */
public class DepartmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String code;
    private String name;
    private DepartmentKind kind;
    private boolean active = true;

    static DepartmentForm blank() {
        return new DepartmentForm();
    }

    static DepartmentForm of(DepartmentView department) {
        DepartmentForm form = new DepartmentForm();
        form.id = department.id();
        form.version = department.version();
        form.code = department.code();
        form.name = department.name();
        form.kind = department.kind();
        form.active = department.active();
        return form;
    }

    DepartmentCommand command() {
        return new DepartmentCommand(code, name, kind, active);
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
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

    public DepartmentKind getKind() {
        return kind;
    }

    public void setKind(DepartmentKind kind) {
        this.kind = kind;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
