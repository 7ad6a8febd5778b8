package vn.vigil.web.ui.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.unit.AdminUnitQuery;
import vn.vigil.core.api.unit.AdminUnitService;
import vn.vigil.core.api.unit.AdminUnitView;
import vn.vigil.core.api.unit.UnitLevel;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.AdminUnitsExport;
import vn.vigil.web.ui.PagedModel;

/** The administrative unit list: filters, a lazy page of units, and the reorganisation history of one unit. */
@Named
@ViewScoped
public class AdminUnitsBean implements Serializable, ListOnScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    AdminUnitsExport export;

    @Inject
    AdminUnitService units;

    private String text;
    private UnitLevel level;
    private Long provinceId;
    private LocalDate validOn;
    private List<AdminUnitView> provinces;
    static final int ROWS = 25;

    private AdminUnitQuery query = AdminUnitQuery.all();
    private PagedModel<AdminUnitQuery, AdminUnitView> model;

    private AdminUnitView historyOf;
    private AdminUnitView currentSuccessor;
    private List<AdminUnitView> predecessors = List.of();

    @PostConstruct
    void open() {
        validOn = LocalDate.now();
        model = new PagedModel<>(() -> query, units::search, ROWS, AdminUnitView::id);
        dayChanged();
    }

    /** The text, level or province changed: the table shows the new selection from its first page. */
    public void search() {
        query = new AdminUnitQuery(text, level, provinceId, validOn);
    }

    /** The day changed: the provinces offered are those in force on it (all of history when it is empty). */
    public void dayChanged() {
        provinces = units.search(
                        new AdminUnitQuery(null, UnitLevel.PROVINCE, null, validOn),
                        PageRequest.first(PageRequest.MAX_SIZE))
                .items();
        if (provinces.stream().noneMatch(province -> Objects.equals(province.id(), provinceId))) {
            provinceId = null;
        }
        search();
    }

    public void showWholeHistory() {
        validOn = null;
        dayChanged();
    }

    public void showCurrent() {
        validOn = LocalDate.now();
        dayChanged();
    }

    public void showHistory(AdminUnitView unit) {
        historyOf = units.find(unit.id()).orElse(unit);
        predecessors = units.predecessors(unit.id());
        currentSuccessor = historyOf.validTo() == null
                ? null
                : units.currentSuccessor(unit.id(), LocalDate.now())
                        .filter(current -> !Objects.equals(current.id(), historyOf.successorId()))
                        .orElse(null);
    }

    public UnitLevel[] getLevels() {
        return UnitLevel.values();
    }

    public PagedModel<AdminUnitQuery, AdminUnitView> getModel() {
        return model;
    }

    public List<AdminUnitView> getProvinces() {
        return provinces;
    }

    public AdminUnitView getHistoryOf() {
        return historyOf;
    }

    public AdminUnitView getCurrentSuccessor() {
        return currentSuccessor;
    }

    public List<AdminUnitView> getPredecessors() {
        return predecessors;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public UnitLevel getLevel() {
        return level;
    }

    public void setLevel(UnitLevel level) {
        this.level = level;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public void setProvinceId(Long provinceId) {
        this.provinceId = provinceId;
    }

    public LocalDate getValidOn() {
        return validOn;
    }

    public void setValidOn(LocalDate validOn) {
        this.validOn = validOn;
    }

    @Override
    public ExportedList<?> exportedList() {
        return export.of(query);
    }
}
