package vn.vigil.web.ui.funds;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.vigil.victim.api.SupportApprovals;
import vn.vigil.victim.api.SupportRequestStatus;
import vn.vigil.victim.api.SupportRequestView;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.SupportRequestsExport;
import vn.vigil.web.ui.PagedModel;

/** The finance officer's queue: requests by state, oldest first, case codes only, one query per page. */
@Named
@ViewScoped
public class SupportQueueBean implements Serializable, ListOnScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    SupportRequestsExport export;

    /** The state shown; empty means every request still waiting for finance. */
    public record Filter(SupportRequestStatus status) implements Serializable {}

    @Inject
    SupportApprovals approvals;

    private SupportRequestStatus status;

    private final PagedModel<Filter, SupportRequestView> requests = new PagedModel<>(
            () -> new Filter(status),
            (filter, page) -> approvals.queue(filter.status(), page),
            20,
            SupportRequestView::id);

    public PagedModel<Filter, SupportRequestView> getRequests() {
        return requests;
    }

    public SupportRequestStatus[] getStatuses() {
        return SupportRequestStatus.values();
    }

    public SupportRequestStatus getStatus() {
        return status;
    }

    public void setStatus(SupportRequestStatus status) {
        this.status = status;
    }

    @Override
    public ExportedList<?> exportedList() {
        return export.of(status);
    }
}
