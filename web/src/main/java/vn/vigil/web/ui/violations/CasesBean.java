package vn.vigil.web.ui.violations;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.unit.AdminUnitService;
import vn.vigil.core.api.unit.AdminUnitView;
import vn.vigil.inspection.api.CaseQuery;
import vn.vigil.inspection.api.CaseQuery.CaseOrder;
import vn.vigil.inspection.api.CaseSummary;
import vn.vigil.inspection.api.EstablishmentDirectory;
import vn.vigil.inspection.api.EstablishmentQuery;
import vn.vigil.inspection.api.EstablishmentStatus;
import vn.vigil.inspection.api.OpenCaseCommand;
import vn.vigil.inspection.api.VietnamTime;
import vn.vigil.inspection.api.ViolationCaseStatus;
import vn.vigil.inspection.api.ViolationCaseView;
import vn.vigil.inspection.api.ViolationCases;
import vn.vigil.inspection.api.ViolatorKind;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.ViolationCasesExport;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.PagedModel;
import vn.vigil.web.ui.registry.EstablishmentChoice;
import vn.vigil.web.ui.registry.EstablishmentChoices;

/** The violation cases the user may read, filtered and paged; a legal officer opens a case by hand from here. */
@Named
@ViewScoped
public class CasesBean implements Serializable, ListOnScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    ViolationCasesExport export;

    static final int ROWS = 20;

    @Inject
    ViolationCases cases;

    @Inject
    EstablishmentDirectory establishments;

    @Inject
    AdminUnitService units;

    private ViolationCaseStatus status;
    private String violator;
    private LocalDate detectedFrom;
    private LocalDate detectedTo;
    private boolean overdueOnly;
    private CaseOrder order = CaseOrder.NEXT_DEADLINE;
    /** A commune the list is narrowed to, from the overview's drill-down (view parameter {@code commune}). */
    private Long communeId;

    private final PagedModel<CaseQuery, CaseSummary> rows =
            new PagedModel<>(this::query, (query, page) -> cases.search(query, page), ROWS, CaseSummary::id);

    private final EstablishmentChoices choices = new EstablishmentChoices();
    private ViolatorKind newKind = ViolatorKind.ORGANISATION;
    private String newName;
    private EstablishmentChoice newEstablishment;
    private LocalDate newDetectedOn;
    private String newReason;

    private CaseQuery query() {
        return new CaseQuery(status, violator, detectedFrom, detectedTo, overdueOnly, order, communeId, null);
    }

    public Long getCommuneId() {
        return communeId;
    }

    public void setCommuneId(Long communeId) {
        this.communeId = communeId;
    }

    /** The commune the list is narrowed to, by name; null when it is not narrowed. */
    public String getCommuneName() {
        return communeId == null
                ? null
                : units.find(communeId).map(AdminUnitView::name).orElse(String.valueOf(communeId));
    }

    public void startOpening() {
        newKind = ViolatorKind.ORGANISATION;
        newName = null;
        newEstablishment = null;
        newDetectedOn = VietnamTime.today();
        newReason = null;
    }

    /** Opens the case and goes to its page; a refusal keeps the dialog open with its message. */
    public String open() {
        try {
            ViolationCaseView opened = cases.openAgainst(
                    newKind,
                    newName,
                    new OpenCaseCommand(
                            newEstablishment == null ? null : newEstablishment.id(), newDetectedOn, newReason));
            FacesMessages.info("cases.opened", String.valueOf(opened.id()));
            return "/legal/case?faces-redirect=true&id=" + opened.id();
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
    }

    /** Fills the violator's name from the chosen establishment when none was typed yet. */
    public void establishmentChosen() {
        if ((newName == null || newName.isBlank()) && newEstablishment != null) {
            newName = newEstablishment.name();
        }
    }

    public List<EstablishmentChoice> completeEstablishment(String text) {
        return choices.offer(establishments
                .search(
                        new EstablishmentQuery(text, null, null, EstablishmentStatus.OPERATING, null),
                        PageRequest.first(15))
                .items()
                .stream()
                .map(e -> new EstablishmentChoice(e.id(), e.name(), e.address()))
                .toList());
    }

    /** The CSS class of a row's urgency (none when not overdue). */
    public String urgency(CaseSummary row) {
        return row.overdue() ? "deadline-overdue" : "";
    }

    public PagedModel<CaseQuery, CaseSummary> getRows() {
        return rows;
    }

    public EstablishmentChoices getChoices() {
        return choices;
    }

    public ViolationCaseStatus[] getStatuses() {
        return ViolationCaseStatus.values();
    }

    public CaseOrder[] getOrders() {
        return CaseOrder.values();
    }

    public ViolatorKind[] getKinds() {
        return ViolatorKind.values();
    }

    public ViolationCaseStatus getStatus() {
        return status;
    }

    public void setStatus(ViolationCaseStatus status) {
        this.status = status;
    }

    public String getViolator() {
        return violator;
    }

    public void setViolator(String violator) {
        this.violator = violator;
    }

    public LocalDate getDetectedFrom() {
        return detectedFrom;
    }

    public void setDetectedFrom(LocalDate detectedFrom) {
        this.detectedFrom = detectedFrom;
    }

    public LocalDate getDetectedTo() {
        return detectedTo;
    }

    public void setDetectedTo(LocalDate detectedTo) {
        this.detectedTo = detectedTo;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public CaseOrder getOrder() {
        return order;
    }

    public void setOrder(CaseOrder order) {
        this.order = order == null ? CaseOrder.NEXT_DEADLINE : order;
    }

    public ViolatorKind getNewKind() {
        return newKind;
    }

    public void setNewKind(ViolatorKind newKind) {
        this.newKind = newKind;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public EstablishmentChoice getNewEstablishment() {
        return newEstablishment;
    }

    public void setNewEstablishment(EstablishmentChoice newEstablishment) {
        this.newEstablishment = newEstablishment;
    }

    public LocalDate getNewDetectedOn() {
        return newDetectedOn;
    }

    public void setNewDetectedOn(LocalDate newDetectedOn) {
        this.newDetectedOn = newDetectedOn;
    }

    public String getNewReason() {
        return newReason;
    }

    public void setNewReason(String newReason) {
        this.newReason = newReason;
    }

    @Override
    public ExportedList<?> exportedList() {
        return export.of(query());
    }
}
