package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.vigil.core.api.staff.DepartmentService;
import vn.vigil.core.api.staff.DepartmentView;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.i18n.Bundles;

/** The committee's member departments, as on admin/departments and at {@code GET /api/v1/departments}. */
@ApplicationScoped
public class DepartmentsExport implements ExportableList {

    static final List<ExportColumn<DepartmentView>> COLUMNS = List.of(
            ExportColumn.of("departments.column.code", DepartmentView::code),
            ExportColumn.of("departments.column.name", DepartmentView::name),
            ExportColumn.label("departments.column.kind", "departmentKind.", DepartmentView::kind),
            ExportColumn.localized(
                    "departments.column.active",
                    (d, locale) -> Bundles.text(locale, d.active() ? "departments.active" : "departments.retired")),
            ExportColumn.of("departments.column.staffCount", DepartmentView::staffCount));

    @Inject
    DepartmentService departments;

    @Override
    public String name() {
        return "departments";
    }

    @Override
    public ExportedList<DepartmentView> list(ExportFilters f) {
        return of(f.yes("activeOnly"));
    }

    public ExportedList<DepartmentView> of(boolean activeOnly) {
        return ExportedList.whole(
                name(),
                "departments.title",
                COLUMNS,
                () -> departments.list(activeOnly),
                Filters.describe("activeOnly", activeOnly));
    }
}
