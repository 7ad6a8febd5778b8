package vn.vigil.web.ui.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.staff.DepartmentKind;
import vn.vigil.core.api.staff.DepartmentService;
import vn.vigil.core.api.staff.DepartmentView;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.DepartmentsExport;
import vn.vigil.web.ui.FacesMessages;

/** Administrators keep the list of member departments: add one, rename it, change its kind, retire it. */
@Named
@ViewScoped
public class DepartmentsBean implements Serializable, ListOnScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    DepartmentsExport export;

    @Inject
    DepartmentService departments;

    private List<DepartmentView> rows;
    private DepartmentForm form = DepartmentForm.blank();

    @PostConstruct
    void load() {
        rows = departments.list(false);
    }

    public void startCreate() {
        form = DepartmentForm.blank();
    }

    public void startEdit(long departmentId) {
        departments.find(departmentId).ifPresentOrElse(department -> form = DepartmentForm.of(department), () -> {
            FacesMessages.error("error.notFound", "Department", String.valueOf(departmentId));
            FacesContext.getCurrentInstance().validationFailed();
        });
    }

    public void save() {
        try {
            DepartmentView saved = form.isCreating()
                    ? departments.create(form.command())
                    : departments.update(form.getId(), form.getVersion(), form.command());
            FacesMessages.info(form.isCreating() ? "departments.created" : "departments.updated", saved.name());
            load();
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public List<DepartmentView> getRows() {
        return rows;
    }

    public DepartmentKind[] getKinds() {
        return DepartmentKind.values();
    }

    public DepartmentForm getForm() {
        return form;
    }

    @Override
    public ExportedList<?> exportedList() {
        return export.of(false);
    }
}
