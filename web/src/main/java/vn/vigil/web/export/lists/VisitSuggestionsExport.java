package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.VisitDirectory;
import vn.vigil.inspection.api.VisitSuggestion;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;

/**
 * The targets of an approved plan not visited yet in its period, highest risk first, as the schedule suggests them
 * (inspection/schedule); filter {@code planId}, required.
 */
@ApplicationScoped
public class VisitSuggestionsExport implements ExportableList {

    static final List<ExportColumn<VisitSuggestion>> COLUMNS = List.of(
            ExportColumn.of("schedule.column.establishment", VisitSuggestion::name),
            ExportColumn.of("establishments.address", VisitSuggestion::address),
            ExportColumn.of("schedule.column.commune", VisitSuggestion::communeName),
            ExportColumn.of("schedule.column.risk", VisitSuggestion::riskScore),
            ExportColumn.of("schedule.column.lastInspected", VisitSuggestion::lastInspectedOn));

    @Inject
    VisitDirectory visits;

    @Override
    public String name() {
        return "visit-suggestions";
    }

    @Override
    public ExportedList<VisitSuggestion> list(ExportFilters f) {
        Long plan = f.id("planId");
        if (plan == null) {
            throw new DomainException("validation.required", "schedule.plan");
        }
        return of(plan);
    }

    public ExportedList<VisitSuggestion> of(long planId) {
        return new ExportedList<>(
                name(),
                "schedule.suggestions",
                COLUMNS,
                page -> visits.suggestions(planId, page),
                Filters.describe("planId", planId));
    }
}
