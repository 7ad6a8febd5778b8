package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.vigil.inspection.api.ChecklistCatalogue;
import vn.vigil.inspection.api.ChecklistTemplateView;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;

/**
 * Every business line with its checklist: the version in force, since when, and the draft, as on admin/checklists and
 * at {@code GET /api/v1/checklists}.
 */
@ApplicationScoped
public class ChecklistsExport implements ExportableList {

    static final List<ExportColumn<ChecklistTemplateView>> COLUMNS = List.of(
            ExportColumn.of("checklists.lineCode", ChecklistTemplateView::businessLineCode),
            ExportColumn.localized("checklists.line", (t, locale) -> t.name(locale.getLanguage())),
            ExportColumn.of("checklists.inForce", ChecklistTemplateView::inForceNumber),
            ExportColumn.time("export.checklist.inForceSince", ChecklistTemplateView::inForceSince),
            ExportColumn.of("checklists.draft", ChecklistTemplateView::draftNumber));

    @Inject
    ChecklistCatalogue catalogue;

    @Override
    public String name() {
        return "checklists";
    }

    @Override
    public ExportedList<ChecklistTemplateView> list(ExportFilters f) {
        return all();
    }

    public ExportedList<ChecklistTemplateView> all() {
        return ExportedList.whole(name(), "checklists.title", COLUMNS, catalogue::templates, "");
    }
}
