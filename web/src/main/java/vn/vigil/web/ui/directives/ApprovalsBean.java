package vn.vigil.web.ui.directives;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import vn.vigil.core.api.DomainException;
import vn.vigil.reporting.api.directive.ApprovalItem;
import vn.vigil.reporting.api.directive.Approvals;
import vn.vigil.reporting.api.directive.OutreachLog;
import vn.vigil.reporting.api.directive.OutreachView;
import vn.vigil.reporting.api.directive.ReportView;
import vn.vigil.reporting.api.directive.TaskInbox;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.SessionUser;

/**
 * What waits for the caller's review (a department's focal point) or approval (the standing office): each item's
 * figures shown on demand, reviewed, approved, or returned with a reason.
 */
@Named
@ViewScoped
public class ApprovalsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Approvals approvals;

    @Inject
    TaskInbox inbox;

    @Inject
    OutreachLog outreach;

    @Inject
    SessionUser office;

    private List<ApprovalItem> items = List.of();
    private List<ApprovalItem> approved = List.of();
    private ApprovalItem selected;
    private ReportView report;
    private OutreachView activity;
    private String reason;

    @PostConstruct
    void open() {
        load();
    }

    public void load() {
        try {
            items = approvals.waiting();
            if (office.has("STANDING_OFFICE")) {
                approved = approvals.recentlyApproved();
            }
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    public void show(ApprovalItem item) {
        selected = item;
        reason = null;
        try {
            report = item.subject() == ApprovalItem.Subject.REPORT ? inbox.report(item.id()) : null;
            activity = item.subject() == ApprovalItem.Subject.OUTREACH ? outreach.get(item.id()) : null;
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    public void review() {
        step(() -> approvals.review(selected.subject(), selected.id(), version()), "approvals.reviewed");
    }

    public void approve() {
        step(() -> approvals.approve(selected.subject(), selected.id(), version()), "approvals.approved");
    }

    public void unapprove() {
        step(() -> approvals.unapprove(selected.subject(), selected.id(), version(), reason), "approvals.unapproved");
    }

    public List<ApprovalItem> getApproved() {
        return approved;
    }

    public void returnToUnit() {
        step(() -> approvals.returnToUnit(selected.subject(), selected.id(), version(), reason), "approvals.returned");
    }

    private long version() {
        return report != null ? report.version() : activity.version();
    }

    private void step(Runnable action, String done) {
        try {
            action.run();
            FacesMessages.info(done);
            selected = null;
            report = null;
            activity = null;
            load();
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
    }

    public String joined(List<String> names) {
        return String.join("; ", names);
    }

    public String moment(Instant moment) {
        return Pages.moment(moment);
    }

    public String day(java.time.LocalDate day) {
        return Pages.day(day);
    }

    public List<ApprovalItem> getItems() {
        return items;
    }

    public ApprovalItem getSelected() {
        return selected;
    }

    public ReportView getReport() {
        return report;
    }

    public OutreachView getActivity() {
        return activity;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
