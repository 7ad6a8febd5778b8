package vn.vigil.reporting.infrastructure.directive;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import vn.vigil.reporting.api.directive.ApprovalItem;
import vn.vigil.reporting.api.directive.ApprovalState;
import vn.vigil.reporting.api.directive.ApprovalStepView;
import vn.vigil.reporting.api.directive.AttachmentView;
import vn.vigil.reporting.domain.directive.Approval;

/**
 * The units' side of a directive: {@code reporting.task_unit} (a task in one unit's inbox), {@code task_report} with
 * its attachments, and the approval steps of reports and outreach activities.
 */
@ApplicationScoped
public class AssignmentStore {

    @Resource(lookup = "jdbc/vigil")
    DataSource dataSource;

    private Jdbc jdbc;

    protected AssignmentStore() {}

    public AssignmentStore(DataSource dataSource) {
        this.dataSource = dataSource;
        init();
    }

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource);
    }

    /** A task in a unit's inbox, with the directive it belongs to. */
    public record Assignment(
            long id,
            long taskId,
            long directiveId,
            long unitId,
            boolean lead,
            boolean sent,
            boolean acknowledged,
            boolean done,
            long version) {}

    /** A stored report's fields. */
    public record Report(
            long id,
            long assignmentId,
            LocalDate dueOn,
            String text,
            Map<String, Long> figures,
            Approval approval,
            Instant submittedAt,
            long version) {}

    /** A report's date, state and when it was sent: what a unit's timeliness is counted from. */
    public record Sent(long id, long assignmentId, LocalDate dueOn, ApprovalState state, Instant submittedAt) {}

    private static final String ASSIGNMENT = "select u.id, u.task_id, t.directive_id, u.unit_id, u.lead, d.sent,"
            + " u.acknowledged_at is not null as acknowledged, u.done_at is not null as done, u.version"
            + " from reporting.task_unit u join reporting.directive_task t on t.id = u.task_id"
            + " join reporting.directive d on d.id = t.directive_id";

    public Optional<Assignment> assignment(long id) {
        return jdbc.one(ASSIGNMENT + " where u.id = ?", AssignmentStore::assignment, id);
    }

    /** The assignments of one unit in sent directives. */
    public List<Assignment> ofUnit(long unitId) {
        return jdbc.list(
                ASSIGNMENT + " where u.unit_id = ? and d.sent order by d.issued_on desc, t.position",
                AssignmentStore::assignment,
                unitId);
    }

    /** Every assignment of a directive. */
    public List<Assignment> ofDirective(long directiveId) {
        return jdbc.list(
                ASSIGNMENT + " where t.directive_id = ? order by u.id", AssignmentStore::assignment, directiveId);
    }

    /** Every assignment of the sent directives in force on {@code day}. */
    public List<Assignment> inForce(LocalDate day) {
        return jdbc.list(
                ASSIGNMENT + " where d.sent and d.in_force_from <= ? and (d.in_force_until is null"
                        + " or d.in_force_until >= ?) order by u.id",
                AssignmentStore::assignment,
                day,
                day);
    }

    public boolean acknowledge(long id, String by) {
        return jdbc.update(
                        "update reporting.task_unit set acknowledged_at = now(), acknowledged_by = ?,"
                                + " version = version + 1 where id = ? and acknowledged_at is null",
                        by,
                        id)
                == 1;
    }

    public boolean markDone(long id, String by) {
        return jdbc.update(
                        "update reporting.task_unit set done_at = now(), done_by = ?,"
                                + " acknowledged_at = coalesce(acknowledged_at, now()),"
                                + " acknowledged_by = coalesce(acknowledged_by, ?), version = version + 1"
                                + " where id = ? and done_at is null",
                        by,
                        by,
                        id)
                == 1;
    }

    /** The reports' dates and states for these assignments (one query). */
    public List<Sent> sent(List<Long> assignmentIds) {
        if (assignmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.list(
                "select id, task_unit_id, due_on, state, submitted_at from reporting.task_report"
                        + " where task_unit_id = any(?)",
                r -> new Sent(
                        r.getLong("id"),
                        r.getLong("task_unit_id"),
                        Jdbc.date(r, "due_on"),
                        ApprovalState.valueOf(r.getString("state")),
                        Jdbc.instant(r, "submitted_at")),
                new Jdbc.Ids(assignmentIds));
    }

    private static final String REPORT =
            "select r.*, array(select k || '=' || v from jsonb_each_text(r.figures) as e (k, v)"
                    + " order by k)::varchar[] as figure_pairs from reporting.task_report r";

    public Optional<Report> report(long id) {
        return jdbc.one(REPORT + " where id = ?", AssignmentStore::report, id);
    }

    public Optional<Report> report(long assignmentId, LocalDate dueOn) {
        return jdbc.one(
                REPORT + " where task_unit_id = ? and due_on = ?", AssignmentStore::report, assignmentId, dueOn);
    }

    public long insertReport(long assignmentId, LocalDate dueOn, String text, Map<String, Long> figures, String by) {
        return jdbc.id(
                "insert into reporting.task_report (task_unit_id, due_on, text, figures, state, created_by, updated_by)"
                        + " values (?, ?, ?, ?::jsonb, 'DRAFT', ?, ?) returning id",
                assignmentId,
                dueOn,
                text,
                json(figures),
                by,
                by);
    }

    public boolean updateReport(long id, long version, String text, Map<String, Long> figures, String by) {
        return jdbc.update(
                        "update reporting.task_report set text = ?, figures = ?::jsonb, version = version + 1,"
                                + " updated_at = now(), updated_by = ? where id = ? and version = ?"
                                + " and state in ('DRAFT', 'RETURNED')",
                        text,
                        json(figures),
                        by,
                        id,
                        version)
                == 1;
    }

    /**
     * Writes an approval step's outcome ({@code action}: SUBMIT, REVIEW, APPROVE, RETURN, UNAPPROVE) on a report or an
     * activity, if nobody changed it since {@code version}; the step's time is the database's.
     */
    public boolean changeApproval(
            ApprovalItem.Subject subject, long id, long version, Approval a, String action, String by) {
        String table = subject == ApprovalItem.Subject.REPORT ? "reporting.task_report" : "reporting.outreach_activity";
        return jdbc.update(
                        "update " + table + " set state = ?, submitted_by = ?,"
                                + " submitted_at = case when ? = 'SUBMIT' then now() else submitted_at end,"
                                + " reviewed_by = ?, reviewed_at = case when ?::text is null then null"
                                + " when ? = 'REVIEW' then now() else reviewed_at end,"
                                + " approved_by = ?, approved_at = case when ? = 'APPROVE' then now() end,"
                                + " returned_reason = ?, version = version + 1, updated_at = now(), updated_by = ?"
                                + " where id = ? and version = ?",
                        a.state(),
                        a.submittedBy(),
                        action,
                        a.reviewedBy(),
                        a.reviewedBy(),
                        action,
                        a.approvedBy(),
                        action,
                        a.returnedReason(),
                        by,
                        id,
                        version)
                == 1;
    }

    public void step(ApprovalItem.Subject subject, long id, String action, ApprovalState to, String by, String reason) {
        jdbc.update(
                "insert into reporting.approval_step (subject, subject_id, action, to_state, actor, reason)"
                        + " values (?, ?, ?, ?, ?, ?)",
                subject,
                id,
                action,
                to,
                by,
                reason);
    }

    public List<ApprovalStepView> steps(ApprovalItem.Subject subject, long id) {
        return jdbc.list(
                "select action, to_state, actor, at, reason from reporting.approval_step"
                        + " where subject = ? and subject_id = ? order by at, id",
                r -> new ApprovalStepView(
                        r.getString("action"),
                        ApprovalState.valueOf(r.getString("to_state")),
                        r.getString("actor"),
                        Jdbc.instant(r, "at"),
                        r.getString("reason")),
                subject,
                id);
    }

    /**
     * Reports in {@code state} (waiting ones the longest waiting first, approved ones the latest approved first); for a
     * review, only those of tasks {@code reviewerUnit} leads.
     */
    public List<ApprovalItem> waitingReports(ApprovalState state, Long reviewerUnit, int limit) {
        return jdbc.list(
                "select r.id, r.state, r.submitted_by, r.submitted_at, r.due_on, d.symbol, t.position, "
                        + "du.id as uid,"
                        + " du.code, du.name, du.kind = 'COMMUNE' as commune"
                        + " from reporting.task_report r join reporting.task_unit u on u.id = r.task_unit_id"
                        + " join reporting.directive_task t on t.id = u.task_id"
                        + " join reporting.directive d on d.id = t.directive_id"
                        + " join core.department du on du.id = u.unit_id"
                        + " where r.state = ? and (?::bigint is null or t.lead_unit_id = ?)"
                        + (state == ApprovalState.APPROVED
                                ? " order by r.approved_at desc"
                                : " order by r.submitted_at")
                        + " limit ?",
                r -> new ApprovalItem(
                        ApprovalItem.Subject.REPORT,
                        r.getLong("id"),
                        new vn.vigil.reporting.api.directive.UnitRef(
                                r.getLong("uid"), r.getString("code"), r.getString("name"), r.getBoolean("commune")),
                        r.getString("symbol") + " #" + r.getInt("position") + " · " + Jdbc.date(r, "due_on"),
                        ApprovalState.valueOf(r.getString("state")),
                        r.getString("submitted_by"),
                        Jdbc.instant(r, "submitted_at")),
                state,
                reviewerUnit,
                reviewerUnit,
                limit);
    }

    public long attach(long reportId, String name, String contentType, byte[] content, String by) {
        return jdbc.id(
                "insert into reporting.report_attachment (report_id, name, content_type, content, created_by)"
                        + " values (?, ?, ?, ?, ?) returning id",
                reportId,
                name,
                contentType,
                content,
                by);
    }

    public List<AttachmentView> attachments(long reportId) {
        return jdbc.list(
                "select id, name, content_type, octet_length(content) as size from reporting.report_attachment"
                        + " where report_id = ? order by id",
                r -> new AttachmentView(
                        r.getLong("id"), r.getString("name"), r.getString("content_type"), r.getLong("size")),
                reportId);
    }

    public Optional<Object[]> attachment(long reportId, long id) {
        return jdbc.one(
                "select name, content_type, content from reporting.report_attachment where report_id = ? and id = ?",
                r -> new Object[] {r.getString(1), r.getString(2), r.getBytes(3)},
                reportId,
                id);
    }

    private static Assignment assignment(ResultSet r) throws SQLException {
        return new Assignment(
                r.getLong("id"),
                r.getLong("task_id"),
                r.getLong("directive_id"),
                r.getLong("unit_id"),
                r.getBoolean("lead"),
                r.getBoolean("sent"),
                r.getBoolean("acknowledged"),
                r.getBoolean("done"),
                r.getLong("version"));
    }

    static Approval approval(ResultSet r) throws SQLException {
        return new Approval(
                ApprovalState.valueOf(r.getString("state")),
                r.getString("submitted_by"),
                r.getString("reviewed_by"),
                r.getString("approved_by"),
                r.getString("returned_reason"));
    }

    private static Report report(ResultSet r) throws SQLException {
        return new Report(
                r.getLong("id"),
                r.getLong("task_unit_id"),
                Jdbc.date(r, "due_on"),
                r.getString("text"),
                figures(Jdbc.texts(r, "figure_pairs")),
                approval(r),
                Jdbc.instant(r, "submitted_at"),
                r.getLong("version"));
    }

    /** The figures as a JSON object: the keys are indicator codes the service checked ([A-Z._]), the values numbers. */
    static String json(Map<String, Long> figures) {
        StringBuilder json = new StringBuilder("{");
        figures.forEach((code, value) -> {
            if (!code.matches("[A-Z._]{1,32}")) {
                throw new IllegalArgumentException("indicator code " + code);
            }
            json.append(json.length() > 1 ? "," : "")
                    .append('"')
                    .append(code)
                    .append("\":")
                    .append(value);
        });
        return json.append('}').toString();
    }

    private static Map<String, Long> figures(List<String> pairs) {
        Map<String, Long> figures = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            figures.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
        }
        return figures;
    }
}
