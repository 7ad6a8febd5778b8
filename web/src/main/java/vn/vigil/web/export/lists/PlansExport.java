package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.vigil.inspection.api.InspectionPlans;
import vn.vigil.inspection.api.PlanQuery;
import vn.vigil.inspection.api.PlanStatus;
import vn.vigil.inspection.api.PlanSummary;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;

/** Inspection plans, as on inspection/plans and at {@code GET /api/v1/inspection-plans}. */
@ApplicationScoped
public class PlansExport implements ExportableList {

    static final List<ExportColumn<PlanSummary>> COLUMNS = List.of(
            ExportColumn.of("plan.number", PlanSummary::number),
            ExportColumn.of("plan.title", PlanSummary::title),
            ExportColumn.label("plan.campaign", "campaign.", PlanSummary::campaign),
            ExportColumn.of("plan.periodFrom", PlanSummary::periodFrom),
            ExportColumn.of("plan.periodUntil", PlanSummary::periodUntil),
            ExportColumn.label("plans.status", "plans.status.", PlanSummary::status),
            ExportColumn.of(
                    "export.plan.targets",
                    p -> p.status() == PlanStatus.DRAFT || p.progress() == null
                            ? null
                            : p.progress().targetCount()),
            ExportColumn.of(
                    "export.plan.inspected",
                    p -> p.status() == PlanStatus.DRAFT || p.progress() == null
                            ? null
                            : p.progress().inspectedCount()));

    @Inject
    InspectionPlans plans;

    @Override
    public String name() {
        return "inspection-plans";
    }

    @Override
    public ExportedList<PlanSummary> list(ExportFilters f) {
        return of(new PlanQuery(f.choice(PlanStatus.class, "status")));
    }

    public ExportedList<PlanSummary> of(PlanQuery q) {
        return new ExportedList<>(
                name(), "plans.title", COLUMNS, page -> plans.list(q, page), Filters.describe("status", q.status()));
    }
}
