package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.vigil.victim.api.SupportApprovals;
import vn.vigil.victim.api.SupportCatalogue;
import vn.vigil.victim.api.SupportRequestStatus;
import vn.vigil.victim.api.SupportRequestView;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;

/**
 * The finance officers' queue of support requests, as on finance/requests: case code, type, amount, who asked and
 * when, status — never the justification or anything about the person.
 */
@ApplicationScoped
public class SupportRequestsExport implements ExportableList {

    @Inject
    SupportApprovals approvals;

    @Inject
    SupportCatalogue catalogue;

    @Override
    public String name() {
        return "support-requests";
    }

    @Override
    public ExportedList<SupportRequestView> list(ExportFilters f) {
        return of(f.choice(SupportRequestStatus.class, "status"));
    }

    public ExportedList<SupportRequestView> of(SupportRequestStatus status) {
        SupportTypes types = new SupportTypes(catalogue);
        List<ExportColumn<SupportRequestView>> columns = List.of(
                ExportColumn.of("funds.case.code", SupportRequestView::caseCode),
                ExportColumn.localized("funds.type", (r, locale) -> types.name(r.supportType(), locale)),
                ExportColumn.of("funds.amount", SupportRequestView::amount),
                ExportColumn.of("funds.request.requestedOn", SupportRequestView::requestedOn),
                ExportColumn.of("funds.request.requestedBy", SupportRequestView::requestedBy),
                ExportColumn.label("funds.status", "funds.status.", SupportRequestView::status),
                ExportColumn.yesNo("funds.caseByCase", SupportRequestView::caseByCase));
        return new ExportedList<>(
                name(),
                "funds.queue.title",
                columns,
                page -> approvals.queue(status, page),
                Filters.describe("status", status));
    }
}
