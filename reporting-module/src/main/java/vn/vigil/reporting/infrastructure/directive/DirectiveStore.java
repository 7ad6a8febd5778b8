package vn.vigil.reporting.infrastructure.directive;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import vn.vigil.reporting.api.directive.DirectiveCommand;
import vn.vigil.reporting.api.directive.DirectiveKind;
import vn.vigil.reporting.api.directive.DirectiveSummary;
import vn.vigil.reporting.api.directive.TaskRecurrence;
import vn.vigil.reporting.api.directive.UnitRef;

/** The rows of {@code reporting.directive} and {@code reporting.directive_task}, and the units tasks go to. */
@ApplicationScoped
public class DirectiveStore {

    private static final String UNIT_COLUMNS = "d.id, d.code, d.name, d.kind = 'COMMUNE' as commune";
    private static final String DIRECTIVE_COLUMNS = "id, kind, symbol, issued_on, signer, issuing_body, subject,"
            + " in_force_from, in_force_until, pdf_name, sent, version";

    @Resource(lookup = "jdbc/vigil")
    DataSource dataSource;

    private Jdbc jdbc;

    protected DirectiveStore() {}

    public DirectiveStore(DataSource dataSource) {
        this.dataSource = dataSource;
        init();
    }

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource);
    }

    /** A stored directive's heading. */
    public record Heading(long id, DirectiveCommand fields, String pdfName, boolean sent, long version) {}

    /** A stored task with its units (lead first). */
    public record Task(
            long id,
            long directiveId,
            int position,
            String text,
            long leadUnitId,
            List<Long> coordinatingUnitIds,
            TaskRecurrence recurrence,
            LocalDate dueOn,
            Integer reportDay,
            List<String> indicators,
            long version) {}

    public long insert(DirectiveCommand f, String searchKey, String by) {
        return jdbc.id(
                "insert into reporting.directive (kind, symbol, issued_on, signer, issuing_body, subject, search_key,"
                        + " in_force_from, in_force_until, created_by, updated_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
                f.kind(),
                f.symbol(),
                f.issuedOn(),
                f.signer(),
                f.issuingBody(),
                f.subject(),
                searchKey,
                f.inForceFrom(),
                f.inForceUntil(),
                by,
                by);
    }

    public boolean update(long id, long version, DirectiveCommand f, String searchKey, String by) {
        return jdbc.update(
                        "update reporting.directive set kind = ?, symbol = ?, issued_on = ?, signer = ?,"
                                + " issuing_body = ?, subject = ?, search_key = ?, in_force_from = ?,"
                                + " in_force_until = ?, version = version + 1, updated_at = now(), updated_by = ?"
                                + " where id = ? and version = ? and not sent",
                        f.kind(),
                        f.symbol(),
                        f.issuedOn(),
                        f.signer(),
                        f.issuingBody(),
                        f.subject(),
                        searchKey,
                        f.inForceFrom(),
                        f.inForceUntil(),
                        by,
                        id,
                        version)
                == 1;
    }

    public boolean symbolTaken(String symbol, LocalDate issuedOn, Long except) {
        return jdbc.one(
                        "select 1 from reporting.directive where symbol = ? and issued_on = ? and id <> ?",
                        r -> 1,
                        symbol,
                        issuedOn,
                        except == null ? -1L : except)
                .isPresent();
    }

    public Optional<Heading> find(long id) {
        return jdbc.one(
                "select " + DIRECTIVE_COLUMNS + " from reporting.directive where id = ?", DirectiveStore::heading, id);
    }

    public List<DirectiveSummary> page(String folded, int offset, int limit) {
        return jdbc.list(
                "select d.id, d.kind, d.symbol, d.issued_on, d.subject, d.sent,"
                        + " (select count(*) from reporting.directive_task t where t.directive_id = d.id) as tasks"
                        + " from reporting.directive d where (?::text is null or d.search_key like ?)"
                        + " order by d.issued_on desc, d.id desc offset ? limit ?",
                r -> new DirectiveSummary(
                        r.getLong("id"),
                        DirectiveKind.valueOf(r.getString("kind")),
                        r.getString("symbol"),
                        Jdbc.date(r, "issued_on"),
                        r.getString("subject"),
                        r.getBoolean("sent"),
                        r.getInt("tasks")),
                folded,
                like(folded),
                offset,
                limit);
    }

    public long count(String folded) {
        return jdbc.id(
                "select count(*) from reporting.directive where (?::text is null or search_key like ?)",
                folded,
                like(folded));
    }

    public boolean send(long id, long version, String by) {
        return jdbc.update(
                        "update reporting.directive set sent = true, sent_at = now(), version = version + 1,"
                                + " updated_at = now(), updated_by = ? where id = ? and version = ? and not sent",
                        by,
                        id,
                        version)
                == 1;
    }

    public void attachPdf(long id, String name, byte[] content, String by) {
        jdbc.update(
                "update reporting.directive set pdf = ?, pdf_name = ?, version = version + 1, updated_at = now(),"
                        + " updated_by = ? where id = ?",
                content,
                name,
                by,
                id);
    }

    public Optional<byte[]> pdf(long id) {
        return jdbc.one("select pdf from reporting.directive where id = ? and pdf is not null", r -> r.getBytes(1), id);
    }

    public List<Task> tasks(long directiveId) {
        return jdbc.list(
                "select t.*, array(select u.unit_id from reporting.task_unit u where u.task_id = t.id and not u.lead"
                        + " order by u.id) as coordinating"
                        + " from reporting.directive_task t where t.directive_id = ? order by t.position",
                DirectiveStore::task,
                directiveId);
    }

    public Optional<Task> task(long taskId) {
        return jdbc.one(
                "select t.*, array(select u.unit_id from reporting.task_unit u where u.task_id = t.id and not u.lead"
                        + " order by u.id) as coordinating from reporting.directive_task t where t.id = ?",
                DirectiveStore::task,
                taskId);
    }

    public long insertTask(long directiveId, Task t) {
        long id = jdbc.id(
                "insert into reporting.directive_task (directive_id, position, text, lead_unit_id, recurrence, due_on,"
                        + " report_day, indicators) values (?, (select coalesce(max(position), 0) + 1"
                        + " from reporting.directive_task where directive_id = ?), ?, ?, ?, ?, ?, ?) returning id",
                directiveId,
                directiveId,
                t.text(),
                t.leadUnitId(),
                t.recurrence(),
                t.dueOn(),
                t.reportDay(),
                new Jdbc.Texts(t.indicators()));
        jdbc.update("insert into reporting.task_unit (task_id, unit_id, lead) values (?, ?, true)", id, t.leadUnitId());
        jdbc.update(
                "insert into reporting.task_unit (task_id, unit_id, lead) select ?, u, false from unnest(?) as u",
                id,
                new Jdbc.Ids(t.coordinatingUnitIds()));
        return id;
    }

    public void deleteTask(long directiveId, long taskId) {
        jdbc.update("delete from reporting.directive_task where id = ? and directive_id = ?", taskId, directiveId);
    }

    /** Active units by name: departments first, then communes. */
    public List<UnitRef> units() {
        return jdbc.list(
                "select " + UNIT_COLUMNS + " from core.department d where d.active and d.kind <> 'COMMITTEE'"
                        + " order by d.kind = 'COMMUNE', d.name",
                DirectiveStore::unit);
    }

    /** The units with these ids (inactive ones too), by id. */
    public Map<Long, UnitRef> units(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .list(
                        "select " + UNIT_COLUMNS + " from core.department d where d.id = any(?)",
                        DirectiveStore::unit,
                        new Jdbc.Ids(ids))
                .stream()
                .collect(Collectors.toMap(UnitRef::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** Ids of the active units among these. */
    public List<Long> activeUnits(Collection<Long> ids) {
        return jdbc.list(
                "select d.id from core.department d where d.active and d.kind <> 'COMMITTEE' and d.id = any(?)",
                r -> r.getLong(1),
                new Jdbc.Ids(ids));
    }

    public Optional<UnitRef> unitByCode(String code) {
        return jdbc.one(
                "select " + UNIT_COLUMNS + " from core.department d where d.code = ?", DirectiveStore::unit, code);
    }

    static UnitRef unit(ResultSet r) throws SQLException {
        return new UnitRef(r.getLong("id"), r.getString("code"), r.getString("name"), r.getBoolean("commune"));
    }

    private static String like(String folded) {
        return folded == null
                ? null
                : "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static Heading heading(ResultSet r) throws SQLException {
        return new Heading(
                r.getLong("id"),
                new DirectiveCommand(
                        DirectiveKind.valueOf(r.getString("kind")),
                        r.getString("symbol"),
                        Jdbc.date(r, "issued_on"),
                        r.getString("signer"),
                        r.getString("issuing_body"),
                        r.getString("subject"),
                        Jdbc.date(r, "in_force_from"),
                        Jdbc.date(r, "in_force_until")),
                r.getString("pdf_name"),
                r.getBoolean("sent"),
                r.getLong("version"));
    }

    private static Task task(ResultSet r) throws SQLException {
        int day = r.getInt("report_day");
        Integer reportDay = r.wasNull() ? null : day;
        return new Task(
                r.getLong("id"),
                r.getLong("directive_id"),
                r.getInt("position"),
                r.getString("text"),
                r.getLong("lead_unit_id"),
                new ArrayList<>(Jdbc.ids(r, "coordinating")),
                TaskRecurrence.valueOf(r.getString("recurrence")),
                Jdbc.date(r, "due_on"),
                reportDay,
                Jdbc.texts(r, "indicators"),
                r.getLong("version"));
    }
}
