package vn.vigil.web.ui.visits;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.vigil.inspection.api.InspectionPlans;
import vn.vigil.inspection.api.PlanQuery;
import vn.vigil.inspection.api.PlanStatus;
import vn.vigil.inspection.api.PlanSummary;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.PlansExport;
import vn.vigil.web.ui.PagedModel;

/** Inspection plans and campaigns with their coverage progress, filtered by status, a lazy page at a time. */
@Named
@ViewScoped
public class PlansBean implements Serializable, ListOnScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    PlansExport export;

    static final int ROWS = 20;

    @Inject
    InspectionPlans plans;

    private PlanStatus status;

    private final PagedModel<PlanQuery, PlanSummary> rows =
            new PagedModel<>(this::query, (query, page) -> plans.list(query, page), ROWS, PlanSummary::id);

    private PlanQuery query() {
        return new PlanQuery(status);
    }

    public PagedModel<PlanQuery, PlanSummary> getPlans() {
        return rows;
    }

    public PlanStatus[] getStatuses() {
        return PlanStatus.values();
    }

    public PlanStatus getStatus() {
        return status;
    }

    public void setStatus(PlanStatus status) {
        this.status = status;
    }

    @Override
    public ExportedList<?> exportedList() {
        return export.of(query());
    }
}
