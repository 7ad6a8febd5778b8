package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.vigil.core.api.unit.AdminUnitQuery;
import vn.vigil.core.api.unit.AdminUnitService;
import vn.vigil.core.api.unit.AdminUnitView;
import vn.vigil.core.api.unit.UnitLevel;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;

/** Administrative units with their validity and successors, as on admin/units and at {@code GET /api/v1/admin-units}. */
@ApplicationScoped
public class AdminUnitsExport implements ExportableList {

    static final List<ExportColumn<AdminUnitView>> COLUMNS = List.of(
            ExportColumn.of("units.col.code", AdminUnitView::code),
            ExportColumn.of("units.col.name", AdminUnitView::name),
            ExportColumn.label("units.col.kind", "unitKind.", AdminUnitView::kind),
            ExportColumn.of("units.col.parent", AdminUnitView::parentName),
            ExportColumn.of("units.col.validFrom", AdminUnitView::validFrom),
            ExportColumn.of("units.col.validTo", AdminUnitView::validTo),
            ExportColumn.of("units.col.successor", AdminUnitView::successorName));

    @Inject
    AdminUnitService units;

    @Override
    public String name() {
        return "admin-units";
    }

    @Override
    public ExportedList<AdminUnitView> list(ExportFilters f) {
        return of(new AdminUnitQuery(
                f.text("text"), f.choice(UnitLevel.class, "level"), f.id("parentId"), f.day("validOn")));
    }

    public ExportedList<AdminUnitView> of(AdminUnitQuery q) {
        return new ExportedList<>(
                name(),
                "units.title",
                COLUMNS,
                page -> units.search(q, page),
                Filters.describe(
                        "text",
                        q.text() != null,
                        "level",
                        q.level(),
                        "parentId",
                        q.parentId(),
                        "validOn",
                        q.validOn()));
    }
}
