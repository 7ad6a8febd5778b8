package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.vigil.inspection.api.CaseDeadlineView;
import vn.vigil.inspection.api.ViolationCases;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.i18n.Bundles;

/** The deadline board (a team lead's: his teams' cases), as on legal/deadlines. */
@ApplicationScoped
public class DeadlineBoardExport implements ExportableList {

    static final List<ExportColumn<CaseDeadlineView>> COLUMNS = List.of(
            ExportColumn.of("violations.board.dueOn", CaseDeadlineView::dueOn),
            ExportColumn.of("violations.board.daysLeft", CaseDeadlineView::daysLeft),
            ExportColumn.label("violations.board.deadline", "violations.rule.", CaseDeadlineView::dueRule),
            ExportColumn.label("violations.board.status", "field.violationCase.status.", CaseDeadlineView::status),
            ExportColumn.localized(
                    "violations.board.violator",
                    (c, locale) -> c.violatorName() == null
                            ? Bundles.text(locale, "violations.board.notYetRecorded")
                            : c.violatorName()),
            ExportColumn.of("violations.board.case", CaseDeadlineView::id));

    @Inject
    ViolationCases cases;

    @Override
    public String name() {
        return "violation-deadlines";
    }

    @Override
    public ExportedList<CaseDeadlineView> list(ExportFilters filters) {
        return new ExportedList<>(name(), "violations.board.title", COLUMNS, cases::deadlineBoard, "");
    }
}
