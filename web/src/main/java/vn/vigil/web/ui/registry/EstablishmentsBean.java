package vn.vigil.web.ui.registry;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.vigil.inspection.api.BusinessLineView;
import vn.vigil.inspection.api.EstablishmentDirectory;
import vn.vigil.inspection.api.EstablishmentQuery;
import vn.vigil.inspection.api.EstablishmentStatus;
import vn.vigil.inspection.api.EstablishmentSummary;
import vn.vigil.inspection.api.InspectionStatistics;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.EstablishmentsExport;
import vn.vigil.web.ui.Choice;
import vn.vigil.web.ui.CommuneChoices;
import vn.vigil.web.ui.PagedModel;

/** The registry of high-risk establishments: filters above a lazy, paged table (read-only). */
@Named
@ViewScoped
public class EstablishmentsBean implements Serializable, ListOnScreen {

    private static final long serialVersionUID = 1L;

    static final int ROWS = 25;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    EstablishmentDirectory directory;

    @Inject
    InspectionStatistics statistics;

    @Inject
    EstablishmentsExport export;

    @Inject
    CommuneChoices communeChoices;

    private String text;
    private Long communeId;
    private Long businessLineId;
    private EstablishmentStatus status;
    private Integer minRisk;
    private LocalDate notInspectedSince;

    private Choice commune;
    private List<BusinessLineView> businessLines;
    private final PagedModel<EstablishmentQuery, EstablishmentSummary> establishments = new PagedModel<>(
            this::query, (query, page) -> directory.search(query, page), ROWS, EstablishmentSummary::id);

    @PostConstruct
    void load() {
        businessLines = statistics.businessLines();
    }

    private EstablishmentQuery query() {
        return new EstablishmentQuery(text, communeId, businessLineId, status, minRisk, notInspectedSince);
    }

    @Override
    public ExportedList<?> exportedList() {
        return export.of(query());
    }

    public PagedModel<EstablishmentQuery, EstablishmentSummary> getEstablishments() {
        return establishments;
    }

    /** The commune as its picker shows it, read again only when another was chosen. */
    public Choice getCommune() {
        commune = communeChoices.shown(commune, communeId);
        return commune;
    }

    public void setCommune(Choice chosen) {
        commune = chosen;
        communeId = chosen == null ? null : chosen.id();
    }

    public List<BusinessLineView> getBusinessLines() {
        return businessLines;
    }

    public EstablishmentStatus[] getStatuses() {
        return EstablishmentStatus.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getCommuneId() {
        return communeId;
    }

    public void setCommuneId(Long communeId) {
        this.communeId = communeId;
    }

    public Long getBusinessLineId() {
        return businessLineId;
    }

    public void setBusinessLineId(Long businessLineId) {
        this.businessLineId = businessLineId;
    }

    public EstablishmentStatus getStatus() {
        return status;
    }

    public void setStatus(EstablishmentStatus status) {
        this.status = status;
    }

    public Integer getMinRisk() {
        return minRisk;
    }

    public void setMinRisk(Integer minRisk) {
        this.minRisk = minRisk;
    }

    public LocalDate getNotInspectedSince() {
        return notInspectedSince;
    }

    public void setNotInspectedSince(LocalDate notInspectedSince) {
        this.notInspectedSince = notInspectedSince;
    }
}
