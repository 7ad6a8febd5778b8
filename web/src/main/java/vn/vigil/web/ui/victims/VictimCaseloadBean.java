package vn.vigil.web.ui.victims;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.stream.Collectors;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.inspection.api.EstablishmentRegistry;
import vn.vigil.inspection.api.VietnamTime;
import vn.vigil.victim.api.CaseloadRow;
import vn.vigil.victim.api.IndicatorReferralView;
import vn.vigil.victim.api.IndicatorReferrals;
import vn.vigil.victim.api.VictimCases;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.IndicatorReferralsExport;
import vn.vigil.web.export.lists.VictimCaseloadExport;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.PagedModel;

/** A case worker's open cases (identity masked) and the visit referrals waiting for a decision. */
@Named
@ViewScoped
public class VictimCaseloadBean implements Serializable, ListOnScreen {

    @Inject
    IndicatorReferralsExport referralsExport;

    private static final long serialVersionUID = 1L;

    @Inject
    VictimCaseloadExport export;

    private static final int ROWS = 20;
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VietnamTime.ZONE);

    @Inject
    VictimCases cases;

    @Inject
    IndicatorReferrals referrals;

    private final PagedModel<Boolean, CaseloadRow> caseload =
            new PagedModel<>(() -> Boolean.TRUE, (all, page) -> cases.caseload(page), ROWS, CaseloadRow::id);

    @Inject
    EstablishmentRegistry establishments;

    private final PagedModel<Boolean, IndicatorReferralView> pending =
            new PagedModel<>(() -> Boolean.TRUE, (all, page) -> pendingPage(page), ROWS, IndicatorReferralView::id);

    /** The names of the establishments on the page of referrals shown, read with one query per page. */
    private final HashMap<Long, String> establishmentNames = new HashMap<>();

    private IndicatorReferralView dismissing;
    private String dismissalReason;

    private Page<IndicatorReferralView> pendingPage(PageRequest page) {
        Page<IndicatorReferralView> found = referrals.pending(page);
        establishmentNames.clear();
        establishmentNames.putAll(establishments.names(found.items().stream()
                .map(IndicatorReferralView::establishmentId)
                .collect(Collectors.toSet())));
        return found;
    }

    /** When a referral came in, in Vietnam time, dd/MM/yyyy HH:mm. */
    public String receivedAt(IndicatorReferralView referral) {
        return MINUTE.format(referral.receivedAt());
    }

    /** The establishment a referral's visit was made at, by name. */
    public String establishment(IndicatorReferralView referral) {
        return establishmentNames.getOrDefault(referral.establishmentId(), "#" + referral.establishmentId());
    }

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

    /** The referrals waiting, as the export buttons beside them write them. */
    public ListOnScreen getReferralsExport() {
        return referralsExport::of;
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

    @Override
    public ExportedList<?> exportedList() {
        return export.list(ExportFilters.none());
    }
}
