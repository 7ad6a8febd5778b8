package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.vigil.inspection.api.FollowUpView;
import vn.vigil.inspection.api.FollowUps;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;

/** Open follow-ups (re-inspections due), as on inspection/follow-ups and at {@code GET /api/v1/follow-ups}. */
@ApplicationScoped
public class FollowUpsExport implements ExportableList {

    static final List<ExportColumn<FollowUpView>> COLUMNS = List.of(
            ExportColumn.of("page.followUps.dueOn", FollowUpView::dueOn),
            ExportColumn.of("page.followUps.establishment", FollowUpView::establishmentName),
            ExportColumn.of("page.followUps.finding", FollowUpView::finding),
            ExportColumn.of("page.followUps.visit", FollowUpView::visitId));

    @Inject
    FollowUps followUps;

    @Override
    public String name() {
        return "follow-ups";
    }

    @Override
    public ExportedList<FollowUpView> list(ExportFilters f) {
        return of(f.yes("overdue"));
    }

    public ExportedList<FollowUpView> of(boolean overdueOnly) {
        return new ExportedList<>(
                name(),
                "page.followUps.title",
                COLUMNS,
                page -> followUps.open(overdueOnly, page),
                Filters.describe("overdue", overdueOnly));
    }
}
