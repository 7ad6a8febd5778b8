package vn.vigil.reporting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.core.api.staff.StaffMember;
import vn.vigil.reporting.api.ReportSchedules;
import vn.vigil.reporting.api.ScheduleCommand;
import vn.vigil.reporting.api.ScheduleRunView;
import vn.vigil.reporting.api.ScheduleView;
import vn.vigil.reporting.domain.Recurrence;
import vn.vigil.reporting.infrastructure.ScheduleStore;

/**
 * The administrator's scheduled reports. Every rule is checked here before anything is stored (and again by the
 * database's constraints): a name, a day of the month 1–28 or a weekday, a time, a format, and 1–50 recipients who are
 * enabled and have an e-mail address. A change and its audit line commit together.
 */
@ApplicationScoped
@Guarded
@RolesAllowed(Role.Names.ADMIN)
@Transactional(Transactional.TxType.REQUIRED)
public class ReportSchedulesImpl implements ReportSchedules {

    static final int NAME_LENGTH = 160;

    @Inject
    ScheduleStore store;

    @Inject
    StaffDirectory staff;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    ScheduledReportJob job;

    @Inject
    @ConfigProperty(name = "vigil.mail.enabled", defaultValue = "false")
    boolean mailEnabled;

    protected ReportSchedulesImpl() {}

    /** For tests: no audit log, no job to nudge. */
    public ReportSchedulesImpl(ScheduleStore store, StaffDirectory staff, CurrentActor actor, boolean mailEnabled) {
        this.store = store;
        this.staff = staff;
        this.actor = actor;
        this.mailEnabled = mailEnabled;
    }

    @Override
    public List<ScheduleView> list() {
        List<ScheduleStore.Row> rows = store.all();
        Map<Long, StaffMember> people = people(
                rows.stream().flatMap(r -> r.recipientIds().stream()).distinct().toList());
        return rows.stream().map(r -> view(r, people)).toList();
    }

    @Override
    public ScheduleView get(long id) {
        ScheduleStore.Row row = row(id);
        return view(row, people(row.recipientIds()));
    }

    @Override
    public ScheduleView create(ScheduleCommand command) {
        long id = store.insert(checked(command), actor.username());
        record("REPORT_SCHEDULE_CREATED", id, command.name());
        return get(id);
    }

    @Override
    public ScheduleView change(long id, long version, ScheduleCommand command) {
        row(id);
        if (!store.update(id, version, checked(command), actor.username())) {
            throw new ConflictException("report schedule");
        }
        record("REPORT_SCHEDULE_CHANGED", id, command.name());
        return get(id);
    }

    @Override
    public ScheduleView activate(long id, long version, boolean active) {
        row(id);
        if (!store.activate(id, version, active, actor.username())) {
            throw new ConflictException("report schedule");
        }
        record(active ? "REPORT_SCHEDULE_RESUMED" : "REPORT_SCHEDULE_PAUSED", id, null);
        return get(id);
    }

    @Override
    public void delete(long id) {
        ScheduleStore.Row row = row(id);
        store.delete(id);
        record("REPORT_SCHEDULE_DELETED", id, row.name());
    }

    /** Outside a transaction: the planned run is committed before a background thread looks for it. */
    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ScheduleRunView sendNow(long id) {
        if (!mailEnabled) {
            throw new DomainException("schedules.mailOff");
        }
        ScheduleStore.Row row = row(id);
        // the database keeps microseconds: a due time it can store exactly, to find the run again
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ZonedDateTime local = now.atZone(Recurrence.VIETNAM);
        store.plan(id, now, row.recurrence().periodCovered(local.toLocalDate()), true);
        long runId = store.runAt(id, now).orElseThrow();
        record("REPORT_SCHEDULE_SENT_NOW", id, row.name());
        if (job != null) {
            job.sendWaitingNow();
        }
        return store.run(runId).orElseThrow();
    }

    @Override
    public List<ScheduleRunView> runs(Long scheduleId, int limit) {
        if (scheduleId != null) {
            row(scheduleId);
        }
        return store.recentRuns(scheduleId, Math.max(1, Math.min(limit, 200)));
    }

    private ScheduleStore.Fields checked(ScheduleCommand c) {
        String name = c.name() == null ? "" : c.name().strip();
        if (name.isEmpty()) {
            throw new DomainException("schedules.name.missing");
        }
        if (name.length() > NAME_LENGTH) {
            throw new DomainException("schedules.name.tooLong", NAME_LENGTH);
        }
        if (c.provinceId() != null && !store.isProvince(c.provinceId())) {
            throw new DomainException("schedules.province.unknown");
        }
        Recurrence when = new Recurrence(c.cadence(), c.dayOfMonth(), c.dayOfWeek(), c.sendAt());
        if (c.formats().isEmpty()) {
            throw new DomainException("schedules.format.missing");
        }
        if (c.recipientIds().isEmpty()) {
            throw new DomainException("schedules.recipients.missing");
        }
        if (c.recipientIds().size() > MAX_RECIPIENTS) {
            throw new DomainException("schedules.recipients.tooMany", MAX_RECIPIENTS);
        }
        if (c.recipientIds().contains(null)) {
            throw new DomainException("schedules.recipient.unknown");
        }
        Map<Long, StaffMember> people = people(c.recipientIds());
        for (Long id : c.recipientIds()) {
            StaffMember person = people.get(id);
            if (person == null) {
                throw new DomainException("schedules.recipient.unknown");
            }
            if (!person.enabled()) {
                throw new DomainException("schedules.recipient.disabled", person.fullName());
            }
            if (person.email() == null || person.email().isBlank()) {
                throw new DomainException("schedules.recipient.noEmail", person.fullName());
            }
        }
        return new ScheduleStore.Fields(name, c.provinceId(), when, c.formats(), c.recipientIds());
    }

    private ScheduleView view(ScheduleStore.Row r, Map<Long, StaffMember> people) {
        Recurrence when = r.recurrence();
        Instant from = Instant.now().isAfter(r.activeSince()) ? Instant.now() : r.activeSince();
        List<ScheduleView.Recipient> recipients = r.recipientIds().stream()
                .map(id -> {
                    StaffMember p = people.get(id);
                    return p == null
                            ? new ScheduleView.Recipient(id, "#" + id, null, false)
                            : new ScheduleView.Recipient(id, p.fullName(), p.email(), p.enabled());
                })
                .toList();
        return new ScheduleView(
                r.id(),
                r.name(),
                r.provinceId(),
                when.cadence(),
                when.dayOfMonth(),
                when.dayOfWeek(),
                when.sendAt(),
                r.formats(),
                recipients,
                r.active(),
                r.active() ? when.nextDueAfter(from.atZone(Recurrence.VIETNAM)).toInstant() : null,
                r.version());
    }

    private Map<Long, StaffMember> people(List<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : staff.find(ids).stream().collect(Collectors.toMap(StaffMember::id, Function.identity()));
    }

    private ScheduleStore.Row row(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("report schedule", id));
    }

    private void record(String action, long id, String detail) {
        if (audit != null) {
            audit.record(AuditEvent.of(action, "ReportSchedule", id, detail));
        }
    }
}
