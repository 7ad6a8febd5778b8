package vn.vigil.reporting.application.directive;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.Text;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.reporting.api.directive.ApprovalState;
import vn.vigil.reporting.api.directive.DirectiveCommand;
import vn.vigil.reporting.api.directive.DirectiveSummary;
import vn.vigil.reporting.api.directive.DirectiveView;
import vn.vigil.reporting.api.directive.Directives;
import vn.vigil.reporting.api.directive.TaskCommand;
import vn.vigil.reporting.api.directive.TaskView;
import vn.vigil.reporting.api.directive.Timeliness;
import vn.vigil.reporting.api.directive.UnitRef;
import vn.vigil.reporting.api.directive.UnitStatus;
import vn.vigil.reporting.domain.directive.IndicatorCodes;
import vn.vigil.reporting.domain.directive.TaskSchedule;
import vn.vigil.reporting.domain.directive.Timeline;
import vn.vigil.reporting.infrastructure.directive.AssignmentStore;
import vn.vigil.reporting.infrastructure.directive.DirectiveStore;

/**
 * The standing office's directives. Every rule is checked here before anything is stored, and the database checks the
 * same again (dates, a task's schedule, a PDF's signature); each change commits with its audit line.
 */
@ApplicationScoped
@Guarded
@RolesAllowed(Role.Names.STANDING_OFFICE)
@Transactional(Transactional.TxType.REQUIRED)
public class DirectivesImpl implements Directives {

    static final int MAX_PDF = 10 * 1024 * 1024;
    static final int MAX_UNITS = 200;

    @Inject
    DirectiveStore store;

    @Inject
    AssignmentStore assignments;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    protected DirectivesImpl() {}

    /** For tests: no audit log. */
    public DirectivesImpl(DirectiveStore store, AssignmentStore assignments, CurrentActor actor) {
        this.store = store;
        this.assignments = assignments;
        this.actor = actor;
    }

    @Override
    @RolesAllowed({Role.Names.STANDING_OFFICE, Role.Names.COMMITTEE_VIEWER, Role.Names.ADMIN})
    public Page<DirectiveSummary> list(String text, PageRequest page) {
        String folded = Text.fold(Text.clean(text));
        return new Page<>(
                store.page(folded, page.offset(), page.size()), store.count(folded), page.page(), page.size());
    }

    @Override
    @RolesAllowed({Role.Names.STANDING_OFFICE, Role.Names.COMMITTEE_VIEWER, Role.Names.ADMIN})
    public DirectiveView get(long id) {
        DirectiveStore.Heading h = heading(id);
        List<DirectiveStore.Task> tasks = store.tasks(id);
        Map<Long, UnitRef> units = store.units(tasks.stream()
                .flatMap(t -> Stream.concat(Stream.of(t.leadUnitId()), t.coordinatingUnitIds().stream()))
                .collect(Collectors.toSet()));
        DirectiveCommand f = h.fields();
        return new DirectiveView(
                id,
                f.kind(),
                f.symbol(),
                f.issuedOn(),
                f.signer(),
                f.issuingBody(),
                f.subject(),
                f.inForceFrom(),
                f.inForceUntil(),
                h.pdfName(),
                h.sent(),
                tasks.stream().map(t -> view(t, units)).toList(),
                h.version());
    }

    @Override
    public DirectiveView create(DirectiveCommand command) {
        DirectiveCommand c = checked(command, null);
        long id = store.insert(c, searchKey(c), actor.username());
        record("DIRECTIVE_CREATED", id, c.symbol());
        return get(id);
    }

    @Override
    public DirectiveView change(long id, long version, DirectiveCommand command) {
        DirectiveStore.Heading h = unsent(id);
        DirectiveCommand c = checked(command, id);
        for (DirectiveStore.Task t : store.tasks(id)) {
            checkDue(c, t.dueOn());
        }
        if (!store.update(id, version, c, searchKey(c), actor.username())) {
            throw new ConflictException("directive");
        }
        record("DIRECTIVE_CHANGED", id, h.fields().symbol() + " → " + c.symbol());
        return get(id);
    }

    @Override
    public DirectiveView attachPdf(long id, String fileName, byte[] content) {
        heading(id);
        if (content == null
                || content.length < 5
                || !new String(content, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new DomainException("directives.pdf.invalid");
        }
        if (content.length > MAX_PDF) {
            throw new DomainException("directives.pdf.tooLarge", MAX_PDF / 1024 / 1024);
        }
        String name = Text.required(fileName, "fileName", 200);
        store.attachPdf(id, name, content, actor.username());
        record("DIRECTIVE_PDF_ATTACHED", id, name);
        return get(id);
    }

    @Override
    @RolesAllowed({Role.Names.STANDING_OFFICE, Role.Names.COMMITTEE_VIEWER, Role.Names.ADMIN, Role.Names.FOCAL_POINT})
    public Attachment pdf(long id) {
        DirectiveStore.Heading h = heading(id);
        byte[] content = store.pdf(id).orElseThrow(() -> new NotFoundException("directive PDF", id));
        return new Attachment(h.pdfName(), "application/pdf", content);
    }

    @Override
    public DirectiveView addTask(long directiveId, TaskCommand command) {
        DirectiveStore.Heading h = unsent(directiveId);
        String text = Text.required(command.text(), "taskText", 2000);
        TaskSchedule schedule = new TaskSchedule(command.recurrence(), command.dueOn(), command.reportDay());
        checkDue(h.fields(), schedule.dueOn());
        if (command.leadUnitId() == null) {
            throw new DomainException("directives.task.lead.missing");
        }
        Set<Long> coordinating = new HashSet<>(command.coordinatingUnitIds());
        if (coordinating.contains(null)) {
            throw new DomainException("directives.task.unit.unknown");
        }
        if (coordinating.contains(command.leadUnitId())) {
            throw new DomainException("directives.task.leadAlsoCoordinating");
        }
        if (coordinating.size() > MAX_UNITS) {
            throw new DomainException("directives.task.tooManyUnits", MAX_UNITS);
        }
        Set<Long> all = new HashSet<>(coordinating);
        all.add(command.leadUnitId());
        if (store.activeUnits(all).size() != all.size()) {
            throw new DomainException("directives.task.unit.unknown");
        }
        List<String> indicators = command.indicators().stream().distinct().toList();
        for (String code : indicators) {
            if (!IndicatorCodes.ALL.contains(code)) {
                throw new DomainException("directives.task.indicator.unknown", String.valueOf(code));
            }
        }
        long taskId = store.insertTask(
                directiveId,
                new DirectiveStore.Task(
                        0,
                        directiveId,
                        0,
                        text,
                        command.leadUnitId(),
                        List.copyOf(coordinating),
                        schedule.recurrence(),
                        schedule.dueOn(),
                        schedule.reportDay(),
                        indicators,
                        0));
        record("DIRECTIVE_TASK_ADDED", directiveId, "task " + taskId);
        return get(directiveId);
    }

    @Override
    public DirectiveView removeTask(long directiveId, long taskId) {
        unsent(directiveId);
        DirectiveStore.Task task = store.task(taskId)
                .filter(t -> t.directiveId() == directiveId)
                .orElseThrow(() -> new NotFoundException("task", taskId));
        store.deleteTask(directiveId, task.id());
        record("DIRECTIVE_TASK_REMOVED", directiveId, "task " + taskId);
        return get(directiveId);
    }

    @Override
    public DirectiveView send(long id, long version) {
        unsent(id);
        if (store.tasks(id).isEmpty()) {
            throw new DomainException("directives.noTasks");
        }
        if (!store.send(id, version, actor.username())) {
            throw new ConflictException("directive");
        }
        record("DIRECTIVE_SENT", id, null);
        return get(id);
    }

    @Override
    @RolesAllowed({Role.Names.STANDING_OFFICE, Role.Names.COMMITTEE_VIEWER, Role.Names.ADMIN})
    public List<UnitStatus> unitStatus(long directiveId) {
        DirectiveStore.Heading h = heading(directiveId);
        LocalDate today = Timeline.today();
        Map<Long, DirectiveStore.Task> tasks =
                store.tasks(directiveId).stream().collect(Collectors.toMap(DirectiveStore.Task::id, t -> t));
        List<AssignmentStore.Assignment> list = assignments.ofDirective(directiveId);
        Map<Long, Map<LocalDate, AssignmentStore.Sent>> sent = new LinkedHashMap<>();
        for (AssignmentStore.Sent s : assignments.sent(
                list.stream().map(AssignmentStore.Assignment::id).toList())) {
            sent.computeIfAbsent(s.assignmentId(), k -> new LinkedHashMap<>()).put(s.dueOn(), s);
        }
        Map<Long, int[]> counts = new LinkedHashMap<>();
        Set<Long> leads = new HashSet<>();
        for (AssignmentStore.Assignment a : list) {
            DirectiveStore.Task t = tasks.get(a.taskId());
            Timeline timeline = new Timeline(
                    new TaskSchedule(t.recurrence(), t.dueOn(), t.reportDay()),
                    h.fields().inForceFrom(),
                    h.fields().inForceUntil());
            int[] c = counts.computeIfAbsent(a.unitId(), k -> new int[5]);
            if (a.lead()) {
                leads.add(a.unitId());
            }
            Map<LocalDate, AssignmentStore.Sent> reports = sent.getOrDefault(a.id(), Map.of());
            for (LocalDate due : timeline.dueDates(today)) {
                AssignmentStore.Sent s = reports.get(due);
                Timeliness when = Timeline.timeliness(due, s == null ? null : s.submittedAt(), today);
                switch (when) {
                    case ON_TIME -> c[0]++;
                    case LATE -> c[1]++;
                    case MISSING -> c[2]++;
                    case NOT_DUE -> {}
                }
                if (s != null && s.submittedAt() != null) {
                    c[s.state() == ApprovalState.APPROVED ? 3 : 4]++;
                }
            }
        }
        Map<Long, UnitRef> units = store.units(counts.keySet());
        List<UnitStatus> rows = new ArrayList<>();
        counts.forEach((unit, c) -> rows.add(new UnitStatus(units.get(unit), c[0], c[1], c[2], c[3], c[4])));
        rows.sort(
                Comparator.comparing((UnitStatus s) -> !leads.contains(s.unit().id()))
                        .thenComparing(s -> s.unit().commune())
                        .thenComparing(s -> s.unit().name()));
        return rows;
    }

    @Override
    @RolesAllowed({Role.Names.STANDING_OFFICE, Role.Names.COMMITTEE_VIEWER, Role.Names.ADMIN, Role.Names.FOCAL_POINT})
    public List<UnitRef> units() {
        return store.units();
    }

    @Override
    @RolesAllowed({Role.Names.STANDING_OFFICE, Role.Names.COMMITTEE_VIEWER, Role.Names.ADMIN, Role.Names.FOCAL_POINT})
    public List<String> indicatorCodes() {
        return IndicatorCodes.ALL;
    }

    private DirectiveCommand checked(DirectiveCommand c, Long id) {
        if (c.kind() == null) {
            throw new DomainException("validation.required", "directiveKind");
        }
        String symbol = Text.required(c.symbol(), "symbol", 40);
        if (c.issuedOn() == null) {
            throw new DomainException("validation.required", "issuedOn");
        }
        if (c.issuedOn().isAfter(Timeline.today())) {
            throw new DomainException("directives.issuedOn.future");
        }
        String signer = Text.required(c.signer(), "signer", 120);
        String body = Text.required(c.issuingBody(), "issuingBody", 200);
        String subject = Text.required(c.subject(), "subject", 500);
        LocalDate from = c.inForceFrom() == null ? c.issuedOn() : c.inForceFrom();
        if (from.isBefore(c.issuedOn())) {
            throw new DomainException("directives.inForce.beforeIssued");
        }
        if (c.inForceUntil() != null && c.inForceUntil().isBefore(from)) {
            throw new DomainException("directives.inForce.reversed");
        }
        if (store.symbolTaken(symbol, c.issuedOn(), id)) {
            throw new DomainException("directives.symbol.taken", symbol);
        }
        return new DirectiveCommand(c.kind(), symbol, c.issuedOn(), signer, body, subject, from, c.inForceUntil());
    }

    private static void checkDue(DirectiveCommand d, LocalDate due) {
        if (due == null) {
            return;
        }
        if (due.isBefore(d.issuedOn())) {
            throw new DomainException("directives.task.dueBeforeDirective");
        }
        if (d.inForceUntil() != null && due.isAfter(d.inForceUntil())) {
            throw new DomainException("directives.task.dueAfterPeriod");
        }
    }

    private static String searchKey(DirectiveCommand c) {
        return Text.fold(c.symbol() + " " + c.subject());
    }

    private static TaskView view(DirectiveStore.Task t, Map<Long, UnitRef> units) {
        return new TaskView(
                t.id(),
                t.position(),
                t.text(),
                unit(units, t.leadUnitId()),
                t.coordinatingUnitIds().stream().map(u -> unit(units, u)).toList(),
                t.recurrence(),
                t.dueOn(),
                t.reportDay(),
                t.indicators(),
                t.version());
    }

    static UnitRef unit(Map<Long, UnitRef> units, long id) {
        UnitRef u = units.get(id);
        return u != null ? u : new UnitRef(id, "?", "#" + id, false);
    }

    private DirectiveStore.Heading heading(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("directive", id));
    }

    private DirectiveStore.Heading unsent(long id) {
        DirectiveStore.Heading h = heading(id);
        if (h.sent()) {
            throw new DomainException("directives.sent");
        }
        return h;
    }

    private void record(String action, long id, String detail) {
        if (audit != null) {
            audit.record(AuditEvent.of(action, "Directive", id, detail));
        }
    }
}
