package vn.vigil.web.ui.funds;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.vigil.victim.api.SupportApprovals;
import vn.vigil.victim.api.SupportRequestView;
import vn.vigil.web.ui.NotFoundPage;

/** A case's support history for finance (?case=id): types, amounts, states and payments, never the person. */
@Named
@ViewScoped
public class CaseHistoryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupportApprovals approvals;

    private Long caseId;
    private List<SupportRequestView> history = List.of();

    public void load() {
        if (caseId == null) {
            NotFoundPage.show();
            return;
        }
        history = approvals.caseHistory(caseId);
    }

    public String getCaseCode() {
        return history.isEmpty() ? null : history.get(0).caseCode();
    }

    public long getTotalDisbursed() {
        return history.stream()
                .filter(r -> r.status() == vn.vigil.victim.api.SupportRequestStatus.DISBURSED)
                .mapToLong(SupportRequestView::amount)
                .sum();
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public List<SupportRequestView> getHistory() {
        return history;
    }
}
