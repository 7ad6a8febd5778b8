package vn.vigil.web.ui.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.unit.AdminUnitQuery;
import vn.vigil.core.api.unit.AdminUnitService;
import vn.vigil.core.api.unit.AdminUnitView;
import vn.vigil.core.api.unit.UnitKind;
import vn.vigil.core.api.unit.UnitLevel;
import vn.vigil.web.ui.FacesMessages;

/**
 * Adds, corrects and retires administrative units. Each change sends the version the person loaded, so a change
 * made meanwhile by someone else is refused instead of overwritten. The page closes a dialog when the callback
 * parameter {@code done} is true.
 */
@Named
@ViewScoped
public class AdminUnitEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 15;

    @Inject
    AdminUnitService units;

    private AdminUnitForm form = AdminUnitForm.blank();

    private AdminUnitView retiring;
    private LocalDate lastDay;
    private AdminUnitView retiringSuccessor;

    public void startAdd() {
        form = AdminUnitForm.blank();
    }

    public void startEdit(AdminUnitView row) {
        AdminUnitView unit = fresh(row);
        form = AdminUnitForm.of(unit, related(unit.parentId()), related(unit.successorId()));
    }

    /** A new type may need a parent of another level: a parent that no longer fits is cleared. */
    public void kindChanged() {
        UnitKind kind = form.getKind();
        AdminUnitView parent = form.getParent();
        if (parent != null
                && (kind == null || !UnitKind.allowedParentLevels(kind.level()).contains(parent.level()))) {
            form.setParent(null);
        }
    }

    public void save() {
        if (form.getSuccessor() != null && form.getValidTo() == null) {
            FacesMessages.error("validation.required", "validTo");
            return;
        }
        try {
            if (form.isAdding()) {
                AdminUnitView created = units.create(form.command());
                FacesMessages.info("units.created", created.name());
            } else {
                AdminUnitView saved = units.update(form.id(), form.version(), form.command());
                FacesMessages.info("units.saved", saved.name());
            }
            done();
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    public void startRetire(AdminUnitView row) {
        retiring = fresh(row);
        lastDay = null;
        retiringSuccessor = null;
    }

    public void retire() {
        try {
            AdminUnitView retired = units.retire(
                    retiring.id(),
                    retiring.version(),
                    lastDay,
                    retiringSuccessor == null ? null : retiringSuccessor.id());
            FacesMessages.info("units.retired", retired.name(), retired.validTo());
            done();
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    /** Units of a level the chosen type may sit under, in force on the start day. */
    public List<AdminUnitView> completeParent(String text) {
        if (form.getKind() == null) {
            return List.of();
        }
        LocalDate day = form.getValidFrom() == null ? LocalDate.now() : form.getValidFrom();
        List<AdminUnitView> found = new ArrayList<>();
        for (UnitLevel level : UnitKind.allowedParentLevels(form.getKind().level())) {
            found.addAll(suggest(text, level, day));
        }
        return found;
    }

    /** Units in force on the day after the unit ends. */
    public List<AdminUnitView> completeSuccessor(String text) {
        return successorsAfter(text, form.getValidTo(), form.id());
    }

    public List<AdminUnitView> completeRetiringSuccessor(String text) {
        return successorsAfter(text, lastDay, retiring == null ? null : retiring.id());
    }

    public UnitKind[] getKinds() {
        return UnitKind.values();
    }

    private List<AdminUnitView> successorsAfter(String text, LocalDate end, Long self) {
        LocalDate day = end == null ? LocalDate.now() : end.plusDays(1);
        return suggest(text, null, day).stream()
                .filter(unit -> self == null || unit.id() != self)
                .toList();
    }

    private List<AdminUnitView> suggest(String text, UnitLevel level, LocalDate day) {
        return units.search(new AdminUnitQuery(text, level, null, day), PageRequest.first(SUGGESTIONS))
                .items();
    }

    private AdminUnitView fresh(AdminUnitView row) {
        return units.find(row.id()).orElse(row);
    }

    private AdminUnitView related(Long id) {
        return id == null ? null : units.find(id).orElse(null);
    }

    private static void done() {
        PrimeFaces.current().ajax().addCallbackParam("done", true);
    }

    public AdminUnitForm getForm() {
        return form;
    }

    public AdminUnitView getRetiring() {
        return retiring;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public AdminUnitView getRetiringSuccessor() {
        return retiringSuccessor;
    }

    public void setRetiringSuccessor(AdminUnitView retiringSuccessor) {
        this.retiringSuccessor = retiringSuccessor;
    }
}
