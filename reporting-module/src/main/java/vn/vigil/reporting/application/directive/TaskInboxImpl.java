package vn.vigil.reporting.application.directive;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.vigil.core.api.AccessDeniedException;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.Text;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.reporting.api.directive.ApprovalItem;
import vn.vigil.reporting.api.directive.AssignmentView;
import vn.vigil.reporting.api.directive.DirectiveSummary;
import vn.vigil.reporting.api.directive.Directives;
import vn.vigil.reporting.api.directive.InboxItem;
import vn.vigil.reporting.api.directive.Occurrence;
import vn.vigil.reporting.api.directive.ReportCommand;
import vn.vigil.reporting.api.directive.ReportView;
import vn.vigil.reporting.api.directive.TaskView;
import vn.vigil.reporting.api.directive.UnitRef;
import vn.vigil.reporting.domain.directive.Approval;
import vn.vigil.reporting.domain.directive.IndicatorCodes;
import vn.vigil.reporting.domain.directive.TaskSchedule;
import vn.vigil.reporting.domain.directive.Timeline;
import vn.vigil.reporting.infrastructure.directive.AssignmentStore;
import vn.vigil.reporting.infrastructure.directive.DirectiveStore;
import vn.vigil.reporting.infrastructure.directive.OutreachStore;

/**
 * A focal point's inbox. Every call first checks that the task is in the caller's own unit's inbox (and that its
 * directive was sent): another unit's task is refused as if it were forbidden, and the refusal audited.
 */
@ApplicationScoped
@Guarded
@RolesAllowed(Role.Names.FOCAL_POINT)
@Transactional(Transactional.TxType.REQUIRED)
public class TaskInboxImpl implements vn.vigil.reporting.api.directive.TaskInbox {

    static final int MAX_ATTACHMENT = 10 * 1024 * 1024;
    static final Set<String> ATTACHMENT_TYPES = Set.of(
            "application/pdf",
            "image/jpeg",
            "image/png",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    @Inject
    DirectiveStore directives;

    @Inject
    AssignmentStore store;

    @Inject
    OutreachStore outreach;

    @Inject
    UnitScope scope;

    @Inject
    AuditLog audit;

    protected TaskInboxImpl() {}

    /** For tests: no audit log. */
    public TaskInboxImpl(DirectiveStore directives, AssignmentStore store, OutreachStore outreach, UnitScope scope) {
        this.directives = directives;
        this.store = store;
        this.outreach = outreach;
        this.scope = scope;
    }

    @Override
    public List<InboxItem> mine() {
        return items(store.ofUnit(scope.unit()), Timeline.today());
    }

    @Override
    public AssignmentView assignment(long taskUnitId) {
        return view(own(taskUnitId));
    }

    @Override
    public AssignmentView acknowledge(long taskUnitId) {
        own(taskUnitId);
        if (store.acknowledge(taskUnitId, scope.username())) {
            record("TASK_ACKNOWLEDGED", taskUnitId, null);
        }
        return assignment(taskUnitId);
    }

    @Override
    public AssignmentView markDone(long taskUnitId) {
        own(taskUnitId);
        if (store.markDone(taskUnitId, scope.username())) {
            record("TASK_DONE", taskUnitId, null);
        }
        return assignment(taskUnitId);
    }

    @Override
    public Map<String, Long> prefill(long taskUnitId, LocalDate dueOn) {
        AssignmentStore.Assignment a = own(taskUnitId);
        Context c = context(a);
        if (dueOn == null || !c.timeline().schedule().isDueOn(dueOn)) {
            throw new DomainException("reports.due.unknown");
        }
        LocalDate from = c.timeline().periodFrom(dueOn);
        LocalDate until = c.timeline().schedule().periodUntil(dueOn);
        Map<String, Long> figures = new LinkedHashMap<>();
        long[] out = null;
        for (String code : c.task().indicators()) {
            switch (code) {
                case IndicatorCodes.VISITS_DONE -> figures.put(code, outreach.visitsSignedOff(a.unitId(), from, until));
                case IndicatorCodes.OUTREACH_ACTIVITIES,
                        IndicatorCodes.OUTREACH_PARTICIPANTS,
                        IndicatorCodes.OUTREACH_MATERIALS -> {
                    if (out == null) {
                        out = outreach.unitOutreach(a.unitId(), from, until);
                    }
                    int i = code.equals(IndicatorCodes.OUTREACH_ACTIVITIES)
                            ? 0
                            : code.equals(IndicatorCodes.OUTREACH_PARTICIPANTS) ? 1 : 2;
                    figures.put(code, out[i]);
                }
                default -> {}
            }
        }
        return figures;
    }

    @Override
    public ReportView saveReport(long taskUnitId, ReportCommand command) {
        AssignmentStore.Assignment a = own(taskUnitId);
        Context c = context(a);
        LocalDate due = command.dueOn();
        if (due == null || !c.timeline().schedule().isDueOn(due)) {
            throw new DomainException("reports.due.unknown");
        }
        String text = Text.required(command.text(), "reportText", 4000);
        Map<String, Long> figures = new LinkedHashMap<>();
        for (Map.Entry<String, Long> f : command.figures().entrySet()) {
            if (!c.task().indicators().contains(f.getKey())) {
                throw new DomainException("reports.figure.notAsked", String.valueOf(f.getKey()));
            }
            if (f.getValue() == null) {
                continue;
            }
            if (f.getValue() < 0) {
                throw new DomainException("reports.figure.negative", f.getKey());
            }
            if (f.getValue() > IndicatorCodes.MAX_VALUE) {
                throw new DomainException("reports.figure.tooLarge", f.getKey());
            }
            figures.put(f.getKey(), f.getValue());
        }
        var existing = store.report(taskUnitId, due);
        long id;
        if (existing.isPresent()) {
            existing.get().approval().ensureEditable();
            id = existing.get().id();
            if (!store.updateReport(id, existing.get().version(), text, figures, scope.username())) {
                throw new ConflictException("report");
            }
            record("TASK_REPORT_CHANGED", id, null);
        } else {
            id = store.insertReport(taskUnitId, due, text, figures, scope.username());
            record("TASK_REPORT_WRITTEN", id, null);
        }
        return report(id);
    }

    @Override
    @RolesAllowed({Role.Names.FOCAL_POINT, Role.Names.STANDING_OFFICE, Role.Names.COMMITTEE_VIEWER})
    public ReportView report(long reportId) {
        AssignmentStore.Report r = readable(reportId);
        AssignmentStore.Assignment a = store.assignment(r.assignmentId()).orElseThrow();
        Context c = context(a);
        UnitRef unit = DirectivesImpl.unit(directives.units(List.of(a.unitId())), a.unitId());
        Approval ap = r.approval();
        return new ReportView(
                r.id(),
                a.id(),
                a.directiveId(),
                c.heading().fields().symbol(),
                c.task().text(),
                unit,
                r.dueOn(),
                c.timeline().periodFrom(r.dueOn()),
                c.timeline().schedule().periodUntil(r.dueOn()),
                r.text(),
                r.figures(),
                ap.state(),
                ap.submittedBy(),
                r.submittedAt(),
                ap.reviewedBy(),
                ap.approvedBy(),
                ap.returnedReason(),
                store.attachments(r.id()),
                store.steps(ApprovalItem.Subject.REPORT, r.id()),
                r.version());
    }

    @Override
    public ReportView attach(long reportId, String fileName, String contentType, byte[] content) {
        AssignmentStore.Report r = ownReport(reportId);
        r.approval().ensureEditable();
        String name = Text.required(fileName, "fileName", 200);
        if (content == null || content.length == 0) {
            throw new DomainException("reports.attachment.empty");
        }
        if (content.length > MAX_ATTACHMENT) {
            throw new DomainException("reports.attachment.tooLarge", MAX_ATTACHMENT / 1024 / 1024);
        }
        if (contentType == null || !ATTACHMENT_TYPES.contains(contentType)) {
            throw new DomainException("reports.attachment.type");
        }
        if (contentType.equals("application/pdf") && !startsWith(content, "%PDF-")) {
            throw new DomainException("directives.pdf.invalid");
        }
        long id = store.attach(reportId, name, contentType, content, scope.username());
        record("TASK_REPORT_ATTACHED", reportId, "attachment " + id);
        return report(reportId);
    }

    @Override
    @RolesAllowed({Role.Names.FOCAL_POINT, Role.Names.STANDING_OFFICE, Role.Names.COMMITTEE_VIEWER})
    public Directives.Attachment attachment(long reportId, long attachmentId) {
        readable(reportId);
        Object[] a = store.attachment(reportId, attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        return new Directives.Attachment((String) a[0], (String) a[1], (byte[]) a[2]);
    }

    @Override
    public ReportView submit(long reportId, long version) {
        AssignmentStore.Report r = ownReport(reportId);
        AssignmentStore.Assignment a = store.assignment(r.assignmentId()).orElseThrow();
        Approval next = r.approval().submit(scope.username(), needsReview(a));
        if (!store.changeApproval(ApprovalItem.Subject.REPORT, reportId, version, next, "SUBMIT", scope.username())) {
            throw new ConflictException("report");
        }
        store.step(ApprovalItem.Subject.REPORT, reportId, "SUBMIT", next.state(), scope.username(), null);
        record("TASK_REPORT_SUBMITTED", reportId, next.state().name());
        return report(reportId);
    }

    @Override
    @RolesAllowed({Role.Names.STANDING_OFFICE, Role.Names.COMMITTEE_VIEWER})
    public List<InboxItem> dueSoonOrLate(int days) {
        LocalDate today = Timeline.today();
        return items(store.inForce(today), today).stream()
                .filter(i -> i.reportsLate() > 0
                        || (i.nextDue() != null && !i.nextDue().isAfter(today.plusDays(days))))
                .toList();
    }

    /** A commune's report is reviewed by the department leading the task, unless a commune leads it. */
    boolean needsReview(AssignmentStore.Assignment a) {
        if (a.lead()) {
            return false;
        }
        DirectiveStore.Task t = directives.task(a.taskId()).orElseThrow();
        Map<Long, UnitRef> units = directives.units(List.of(a.unitId(), t.leadUnitId()));
        return units.get(a.unitId()).commune() && !units.get(t.leadUnitId()).commune();
    }

    private List<InboxItem> items(List<AssignmentStore.Assignment> list, LocalDate today) {
        Map<Long, List<AssignmentStore.Sent>> sent =
                store.sent(list.stream().map(AssignmentStore.Assignment::id).toList()).stream()
                        .collect(Collectors.groupingBy(AssignmentStore.Sent::assignmentId));
        Map<Long, Context> contexts = new LinkedHashMap<>();
        List<InboxItem> items = new ArrayList<>();
        for (AssignmentStore.Assignment a : list) {
            Context c = contexts.computeIfAbsent(a.taskId(), t -> context(a));
            Set<LocalDate> reported = sent.getOrDefault(a.id(), List.of()).stream()
                    .filter(s -> s.submittedAt() != null)
                    .map(AssignmentStore.Sent::dueOn)
                    .collect(Collectors.toSet());
            LocalDate next = null;
            int late = 0;
            for (LocalDate due : c.timeline().dueDates(today)) {
                if (reported.contains(due)) {
                    continue;
                }
                if (due.isBefore(today)) {
                    late++;
                } else if (next == null) {
                    next = due;
                }
            }
            DirectiveStore.Heading h = c.heading();
            items.add(new InboxItem(
                    a.id(),
                    a.unitId(),
                    a.directiveId(),
                    h.fields().kind(),
                    h.fields().symbol(),
                    h.fields().subject(),
                    c.task().text(),
                    a.lead(),
                    c.task().recurrence(),
                    next,
                    a.acknowledged(),
                    a.done(),
                    a.done() ? 0 : late));
        }
        items.sort(Comparator.comparing(InboxItem::done)
                .thenComparing(i -> i.nextDue() == null ? LocalDate.MAX : i.nextDue()));
        return items;
    }

    private AssignmentView view(AssignmentStore.Assignment a) {
        Context c = context(a);
        LocalDate today = Timeline.today();
        Map<LocalDate, AssignmentStore.Sent> sent =
                store.sent(List.of(a.id())).stream().collect(Collectors.toMap(AssignmentStore.Sent::dueOn, s -> s));
        List<Occurrence> occurrences = c.timeline().dueDates(today).stream()
                .map(due -> {
                    AssignmentStore.Sent s = sent.get(due);
                    return new Occurrence(
                            due,
                            c.timeline().periodFrom(due),
                            c.timeline().schedule().periodUntil(due),
                            s == null ? null : s.id(),
                            s == null ? null : s.state(),
                            Timeline.timeliness(due, s == null ? null : s.submittedAt(), today));
                })
                .toList();
        DirectiveStore.Task t = c.task();
        Map<Long, UnitRef> units = directives.units(java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(t.leadUnitId(), a.unitId()), t.coordinatingUnitIds().stream())
                .collect(Collectors.toSet()));
        DirectiveStore.Heading h = c.heading();
        return new AssignmentView(
                a.id(),
                new DirectiveSummary(
                        h.id(),
                        h.fields().kind(),
                        h.fields().symbol(),
                        h.fields().issuedOn(),
                        h.fields().subject(),
                        h.sent(),
                        0),
                new TaskView(
                        t.id(),
                        t.position(),
                        t.text(),
                        DirectivesImpl.unit(units, t.leadUnitId()),
                        t.coordinatingUnitIds().stream()
                                .map(u -> DirectivesImpl.unit(units, u))
                                .toList(),
                        t.recurrence(),
                        t.dueOn(),
                        t.reportDay(),
                        t.indicators(),
                        t.version()),
                DirectivesImpl.unit(units, a.unitId()),
                a.lead(),
                a.acknowledged(),
                a.done(),
                occurrences,
                a.version());
    }

    /** The directive, task and timeline of an assignment. */
    private record Context(DirectiveStore.Heading heading, DirectiveStore.Task task, Timeline timeline) {}

    private Context context(AssignmentStore.Assignment a) {
        DirectiveStore.Heading h = directives.find(a.directiveId()).orElseThrow();
        DirectiveStore.Task t = directives.task(a.taskId()).orElseThrow();
        return new Context(
                h,
                t,
                new Timeline(
                        new TaskSchedule(t.recurrence(), t.dueOn(), t.reportDay()),
                        h.fields().inForceFrom(),
                        h.fields().inForceUntil()));
    }

    private AssignmentStore.Assignment own(long taskUnitId) {
        AssignmentStore.Assignment a = store.assignment(taskUnitId)
                .filter(AssignmentStore.Assignment::sent)
                .orElseThrow(() -> new NotFoundException("task", taskUnitId));
        if (a.unitId() != scope.unit()) {
            throw new AccessDeniedException();
        }
        return a;
    }

    private AssignmentStore.Report ownReport(long reportId) {
        AssignmentStore.Report r = store.report(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
        own(r.assignmentId());
        return r;
    }

    /**
     * The standing office and the committee read every report; a focal point reads its own unit's, and the reports of
     * tasks its unit leads (to review them).
     */
    private AssignmentStore.Report readable(long reportId) {
        AssignmentStore.Report r = store.report(reportId).orElseThrow(() -> new NotFoundException("report", reportId));
        if (scope.actor().hasRole(Role.STANDING_OFFICE) || scope.actor().hasRole(Role.COMMITTEE_VIEWER)) {
            return r;
        }
        AssignmentStore.Assignment a = store.assignment(r.assignmentId()).orElseThrow();
        long unit = scope.unit();
        if (a.unitId() != unit && directives.task(a.taskId()).orElseThrow().leadUnitId() != unit) {
            throw new AccessDeniedException();
        }
        return r;
    }

    private static boolean startsWith(byte[] content, String prefix) {
        return content.length >= prefix.length()
                && new String(content, 0, prefix.length(), java.nio.charset.StandardCharsets.US_ASCII).equals(prefix);
    }

    private void record(String action, long id, String detail) {
        if (audit != null) {
            audit.record(
                    AuditEvent.of(action, action.startsWith("TASK_REPORT") ? "TaskReport" : "TaskUnit", id, detail));
        }
    }
}
