package vn.vigil.reporting.application.directive;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.vigil.core.api.AccessDeniedException;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.reporting.api.directive.ApprovalItem;
import vn.vigil.reporting.api.directive.ApprovalState;
import vn.vigil.reporting.api.directive.ApprovalStepView;
import vn.vigil.reporting.api.directive.Approvals;
import vn.vigil.reporting.domain.directive.Approval;
import vn.vigil.reporting.infrastructure.directive.AssignmentStore;
import vn.vigil.reporting.infrastructure.directive.DirectiveStore;
import vn.vigil.reporting.infrastructure.directive.OutreachStore;

/**
 * The two approvals. A review is taken by a focal point of the department responsible for the figures (the task's
 * lead department; for outreach, the department named by {@code vigil.outreach.reviewer}); an approval, a return at
 * that step and an un-approval by the standing office. The domain value {@link Approval} refuses steps out of order and
 * one's own submission; the database refuses a change of approved figures.
 */
@ApplicationScoped
@Guarded
@RolesAllowed({Role.Names.FOCAL_POINT, Role.Names.STANDING_OFFICE})
@Transactional(Transactional.TxType.REQUIRED)
public class ApprovalsImpl implements Approvals {

    static final int QUEUE_LIMIT = 200;
    static final int RECENT = 50;

    @Inject
    AssignmentStore store;

    @Inject
    DirectiveStore directives;

    @Inject
    OutreachStore outreach;

    @Inject
    OutreachReviewer outreachReviewer;

    @Inject
    UnitScope scope;

    @Inject
    AuditLog audit;

    protected ApprovalsImpl() {}

    /** For tests: no audit log. */
    public ApprovalsImpl(
            AssignmentStore store,
            DirectiveStore directives,
            OutreachStore outreach,
            OutreachReviewer outreachReviewer,
            UnitScope scope) {
        this.store = store;
        this.directives = directives;
        this.outreach = outreach;
        this.outreachReviewer = outreachReviewer;
        this.scope = scope;
    }

    @Override
    public List<ApprovalItem> waiting() {
        List<ApprovalItem> items = new ArrayList<>();
        if (scope.actor().hasRole(Role.STANDING_OFFICE)) {
            items.addAll(store.waitingReports(ApprovalState.AWAITING_APPROVAL, null, QUEUE_LIMIT));
            items.addAll(outreach.waiting(ApprovalState.AWAITING_APPROVAL, QUEUE_LIMIT));
        }
        if (scope.actor().hasRole(Role.FOCAL_POINT)) {
            long unit = scope.unit();
            items.addAll(store.waitingReports(ApprovalState.AWAITING_REVIEW, unit, QUEUE_LIMIT));
            if (outreachReviewer.unit().filter(u -> u == unit).isPresent()) {
                items.addAll(outreach.waiting(ApprovalState.AWAITING_REVIEW, QUEUE_LIMIT));
            }
        }
        items.sort(Comparator.comparing(ApprovalItem::submittedAt, Comparator.nullsLast(Comparator.naturalOrder())));
        return items.size() > QUEUE_LIMIT ? items.subList(0, QUEUE_LIMIT) : items;
    }

    @Override
    @RolesAllowed(Role.Names.STANDING_OFFICE)
    public List<ApprovalItem> recentlyApproved() {
        List<ApprovalItem> items = new ArrayList<>();
        items.addAll(store.waitingReports(ApprovalState.APPROVED, null, RECENT));
        items.addAll(outreach.waiting(ApprovalState.APPROVED, RECENT));
        items.sort(Comparator.comparing(ApprovalItem::submittedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return items.size() > RECENT ? items.subList(0, RECENT) : items;
    }

    @Override
    @RolesAllowed(Role.Names.FOCAL_POINT)
    public void review(ApprovalItem.Subject subject, long id, long version) {
        Current c = current(subject, id);
        if (c.reviewerUnit() == null || c.reviewerUnit() != scope.unit()) {
            throw new AccessDeniedException();
        }
        change(subject, id, version, c.approval().review(scope.username()), "REVIEW", null);
    }

    @Override
    @RolesAllowed(Role.Names.STANDING_OFFICE)
    public void approve(ApprovalItem.Subject subject, long id, long version) {
        Current c = current(subject, id);
        change(subject, id, version, c.approval().approve(scope.username()), "APPROVE", null);
    }

    @Override
    public void returnToUnit(ApprovalItem.Subject subject, long id, long version, String reason) {
        Current c = current(subject, id);
        boolean reviewer = c.approval().state() == ApprovalState.AWAITING_REVIEW
                && scope.actor().hasRole(Role.FOCAL_POINT)
                && c.reviewerUnit() != null
                && c.reviewerUnit() == scope.unit();
        boolean office = c.approval().state() == ApprovalState.AWAITING_APPROVAL
                && scope.actor().hasRole(Role.STANDING_OFFICE);
        boolean waiting = c.approval().state() == ApprovalState.AWAITING_REVIEW
                || c.approval().state() == ApprovalState.AWAITING_APPROVAL;
        if (waiting && !reviewer && !office) {
            throw new AccessDeniedException();
        }
        Approval next = c.approval().returnToUnit(scope.username(), reason);
        change(subject, id, version, next, "RETURN", next.returnedReason());
    }

    @Override
    @RolesAllowed(Role.Names.STANDING_OFFICE)
    public void unapprove(ApprovalItem.Subject subject, long id, long version, String reason) {
        Current c = current(subject, id);
        Approval next = c.approval().unapprove(reason);
        change(subject, id, version, next, "UNAPPROVE", next.returnedReason());
    }

    @Override
    public List<ApprovalStepView> history(ApprovalItem.Subject subject, long id) {
        current(subject, id);
        return store.steps(subject, id);
    }

    private void change(
            ApprovalItem.Subject subject, long id, long version, Approval next, String action, String reason) {
        if (!store.changeApproval(subject, id, version, next, action, scope.username())) {
            throw new ConflictException(subject == ApprovalItem.Subject.REPORT ? "report" : "outreach activity");
        }
        store.step(subject, id, action, next.state(), scope.username(), reason);
        if (audit != null) {
            audit.record(AuditEvent.of(
                    "APPROVAL_" + action,
                    subject == ApprovalItem.Subject.REPORT ? "TaskReport" : "OutreachActivity",
                    id,
                    reason == null ? next.state().name() : next.state().name() + ": " + reason));
        }
    }

    /** The figures' approval and the unit that reviews them (null: no review step). */
    private record Current(Approval approval, Long reviewerUnit) {}

    private Current current(ApprovalItem.Subject subject, long id) {
        if (subject == null) {
            throw new NotFoundException("approval", id);
        }
        if (subject == ApprovalItem.Subject.REPORT) {
            AssignmentStore.Report r = store.report(id).orElseThrow(() -> new NotFoundException("report", id));
            AssignmentStore.Assignment a = store.assignment(r.assignmentId()).orElseThrow();
            long lead = directives.task(a.taskId()).orElseThrow().leadUnitId();
            return new Current(r.approval(), a.unitId() == lead ? null : lead);
        }
        OutreachStore.Activity a = outreach.find(id).orElseThrow(() -> new NotFoundException("outreach activity", id));
        return new Current(a.approval(), outreachReviewer.unit().orElse(null));
    }
}
