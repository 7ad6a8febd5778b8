package vn.vigil.web.ui.visits;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.unit.AdminUnitService;
import vn.vigil.core.api.unit.AdminUnitView;
import vn.vigil.inspection.api.VisitDirectory;
import vn.vigil.inspection.api.VisitFilter;
import vn.vigil.inspection.api.VisitStatus;
import vn.vigil.inspection.api.VisitSummary;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.VisitsExport;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.PagedModel;

/**
 * The visits as a list, filtered by status and by the days they start, paged in the database; the overview's
 * drill-down opens it narrowed to one commune (with the communes merged into it) and a period.
 */
@Named
@ViewScoped
public class VisitsBean implements Serializable, ListOnScreen {

    private static final long serialVersionUID = 1L;

    static final int ROWS = 20;

    @Inject
    VisitDirectory visits;

    @Inject
    AdminUnitService units;

    @Inject
    VisitsExport export;

    /** A commune the list is narrowed to (view parameter {@code commune}). */
    private Long communeId;

    private LocalDate from;
    private LocalDate until;
    private VisitStatus status;

    private final PagedModel<VisitFilter, VisitSummary> rows =
            new PagedModel<>(this::filter, (filter, page) -> visits.find(filter, page), ROWS, VisitSummary::id);

    /** The filter the list shows: the fields as they were at the last search (or as the link gave them). */
    private VisitFilter applied;

    private VisitFilter filter() {
        if (applied == null) {
            applied = typed();
        }
        return applied;
    }

    private VisitFilter typed() {
        return new VisitFilter(communeId, from, until, null, null, status, null);
    }

    /** Shows what the fields ask for; a period that ends before it starts is refused and the list stays as it was. */
    public void search() {
        if (from != null && until != null && until.isBefore(from)) {
            FacesMessages.refused(new DomainException("visit.filterPeriodReversed"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        applied = typed();
    }

    /** The commune the list is narrowed to, by name; null when it is not narrowed. */
    public String getCommuneName() {
        return communeId == null
                ? null
                : units.find(communeId).map(AdminUnitView::name).orElse(String.valueOf(communeId));
    }

    @Override
    public ExportedList<?> exportedList() {
        return export.of(filter());
    }

    public PagedModel<VisitFilter, VisitSummary> getRows() {
        return rows;
    }

    public VisitStatus[] getStatuses() {
        return VisitStatus.values();
    }

    public Long getCommuneId() {
        return communeId;
    }

    public void setCommuneId(Long communeId) {
        this.communeId = communeId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public VisitStatus getStatus() {
        return status;
    }

    public void setStatus(VisitStatus status) {
        this.status = status;
    }
}
