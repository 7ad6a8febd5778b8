package vn.vigil.web.ui.violations;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.vigil.inspection.api.CaseDeadlineView;
import vn.vigil.inspection.api.ViolationCases;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.DeadlineBoardExport;
import vn.vigil.web.ui.PagedModel;

/** Open violation cases by urgency: overdue first, then the soonest due; flags the overdue and the due soon. */
@Named
@ViewScoped
public class DeadlineBoardBean implements Serializable, ListOnScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    DeadlineBoardExport export;

    private static final int ROWS = 20;

    @Inject
    ViolationCases cases;

    private final PagedModel<Boolean, CaseDeadlineView> rows =
            new PagedModel<>(() -> Boolean.TRUE, (all, page) -> cases.deadlineBoard(page), ROWS, CaseDeadlineView::id);

    public PagedModel<Boolean, CaseDeadlineView> getRows() {
        return rows;
    }

    /** The CSS class of a row's urgency flag (none when the deadline is further off). */
    public String urgency(CaseDeadlineView row) {
        if (row.overdue()) {
            return "deadline-overdue";
        }
        return row.dueSoon() ? "deadline-soon" : "";
    }

    @Override
    public ExportedList<?> exportedList() {
        return export.list(ExportFilters.none());
    }
}
