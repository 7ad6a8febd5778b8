package vn.vigil.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.vigil.core.api.DomainException;
import vn.vigil.victim.api.CaseloadRow;
import vn.vigil.victim.api.IndicatorReferralView;
import vn.vigil.victim.api.IndicatorReferrals;
import vn.vigil.victim.api.VictimCases;

/** A case worker's open cases (identity masked) and the visit referrals waiting for a decision. */
@Named
@ViewScoped
public class VictimCaseloadBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ROWS = 20;

    @Inject
    VictimCases cases;

    @Inject
    IndicatorReferrals referrals;

    private final PagedModel<Boolean, CaseloadRow> caseload =
            new PagedModel<>(() -> Boolean.TRUE, (all, page) -> cases.caseload(page), ROWS, CaseloadRow::id);

    private final PagedModel<Boolean, IndicatorReferralView> pending = new PagedModel<>(
            () -> Boolean.TRUE, (all, page) -> referrals.pending(page), ROWS, IndicatorReferralView::id);

    private IndicatorReferralView dismissing;
    private String dismissalReason;

    public void startDismissal(IndicatorReferralView referral) {
        dismissing = referral;
        dismissalReason = null;
    }

    public void dismiss() {
        try {
            referrals.dismiss(dismissing.id(), dismissing.version(), dismissalReason);
            FacesMessages.info("victims.referrals.dismissed", dismissing.visitId());
            dismissing = null;
        } catch (DomainException e) {
            FacesMessages.refused(e);
        }
    }

    /** "3 days left", "due today" or "2 days overdue"; empty once verified. */
    public String deadline(CaseloadRow row) {
        if (row.daysLeft() == null) {
            return "";
        }
        long days = row.daysLeft();
        if (days < 0) {
            return FacesMessages.text("victims.caseload.overdueBy", -days);
        }
        return days == 0
                ? FacesMessages.text("victims.caseload.dueToday")
                : FacesMessages.text("victims.caseload.daysLeft", days);
    }

    public PagedModel<Boolean, CaseloadRow> getCaseload() {
        return caseload;
    }

    public PagedModel<Boolean, IndicatorReferralView> getPending() {
        return pending;
    }

    public IndicatorReferralView getDismissing() {
        return dismissing;
    }

    public String getDismissalReason() {
        return dismissalReason;
    }

    public void setDismissalReason(String dismissalReason) {
        this.dismissalReason = dismissalReason;
    }
}
