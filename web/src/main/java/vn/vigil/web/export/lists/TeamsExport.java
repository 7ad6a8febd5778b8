package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import vn.vigil.inspection.api.TeamView;
import vn.vigil.inspection.api.Teams;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.i18n.Bundles;

/** Interdisciplinary inspection teams with their members, as on inspection/teams and at {@code GET /api/v1/teams}. */
@ApplicationScoped
public class TeamsExport implements ExportableList {

    static final List<ExportColumn<TeamView>> COLUMNS = List.of(
            ExportColumn.of("teams.column.name", TeamView::name),
            ExportColumn.of("teams.column.lead", TeamView::leadName),
            ExportColumn.of(
                    "teams.column.members",
                    t -> t.members().stream()
                            .map(m -> m.fullName() + " (" + m.departmentName() + ")")
                            .collect(Collectors.joining(", "))),
            ExportColumn.of("teams.column.departments", TeamView::departmentCount),
            ExportColumn.localized(
                    "teams.column.status",
                    (t, locale) -> Bundles.text(locale, t.active() ? "teams.active" : "teams.inactive")));

    @Inject
    Teams teams;

    @Override
    public String name() {
        return "teams";
    }

    @Override
    public ExportedList<TeamView> list(ExportFilters f) {
        String active = f.text("active");
        return of(f.text("text"), !"false".equalsIgnoreCase(active == null ? "" : active.strip()));
    }

    /** The teams whose name matches the text (null: every team), page by page as the page reads them. */
    public ExportedList<TeamView> of(String text, boolean activeOnly) {
        return new ExportedList<>(
                name(),
                "teams.title",
                COLUMNS,
                page -> teams.search(text, activeOnly, page),
                Filters.describe("text", text, "activeOnly", activeOnly));
    }
}
