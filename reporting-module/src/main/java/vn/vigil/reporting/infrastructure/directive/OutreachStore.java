package vn.vigil.reporting.infrastructure.directive;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import vn.vigil.core.api.PageCursor;
import vn.vigil.core.api.PageRequest;
import vn.vigil.reporting.api.directive.ApprovalItem;
import vn.vigil.reporting.api.directive.ApprovalState;
import vn.vigil.reporting.api.directive.Audience;
import vn.vigil.reporting.api.directive.OutreachCommand;
import vn.vigil.reporting.api.directive.OutreachKind;
import vn.vigil.reporting.api.directive.OutreachQuery;
import vn.vigil.reporting.api.directive.OutreachTotals;
import vn.vigil.reporting.api.directive.UnitRef;
import vn.vigil.reporting.domain.directive.Approval;

/**
 * The rows of {@code reporting.outreach_activity}, and the figures Vigil fills in for a unit's report: its outreach and
 * the visits its staff signed off in the period.
 */
@ApplicationScoped
public class OutreachStore {

    private static final String FILTER =
            " where (?::date is null or a.held_on >= ?) and (?::date is null or a.held_on <= ?)"
                    + " and (?::bigint is null or a.unit_id = ?) and (?::bigint is null or a.commune_ids @> array[?::bigint])"
                    + " and (?::text is null or a.kind = ?) and (?::text is null or a.state = ?)";

    /** Up to this many matches the log's count is exact. */
    public static final int EXACT_COUNT_LIMIT = 2_000;

    private static final String LIST = "outreach";
    private static final String COLUMNS =
            "a.id, a.held_on, a.unit_id, a.kind, a.audiences, a.commune_ids, a.participants,"
                    + " a.materials, a.description, a.photo is not null as has_photo, a.state, a.submitted_at, a.submitted_by,"
                    + " a.reviewed_by, a.approved_by, a.returned_reason, a.version";

    @Resource(lookup = "jdbc/vigil")
    DataSource dataSource;

    private Jdbc jdbc;

    protected OutreachStore() {}

    public OutreachStore(DataSource dataSource) {
        this.dataSource = dataSource;
        init();
    }

    @PostConstruct
    void init() {
        jdbc = new Jdbc(dataSource);
    }

    /** A stored activity (the unit and communes as ids). */
    public record Activity(long id, OutreachCommand fields, boolean hasPhoto, Approval approval, long version) {}

    public long insert(OutreachCommand c, String batch, String by) {
        return jdbc.id(
                "insert into reporting.outreach_activity (held_on, unit_id, kind, audiences, commune_ids,"
                        + " participants, materials, description, state, import_batch, created_by, updated_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?) returning id",
                c.heldOn(),
                c.unitId(),
                c.kind(),
                audiences(c.audiences()),
                new Jdbc.Ids(c.communeIds()),
                c.participants(),
                c.materials(),
                c.description(),
                batch,
                by,
                by);
    }

    public boolean update(long id, long version, OutreachCommand c, String by) {
        return jdbc.update(
                        "update reporting.outreach_activity set held_on = ?, kind = ?, audiences = ?,"
                                + " commune_ids = ?, participants = ?, materials = ?, description = ?,"
                                + " version = version + 1, updated_at = now(), updated_by = ?"
                                + " where id = ? and version = ? and state in ('DRAFT', 'RETURNED')",
                        c.heldOn(),
                        c.kind(),
                        audiences(c.audiences()),
                        new Jdbc.Ids(c.communeIds()),
                        c.participants(),
                        c.materials(),
                        c.description(),
                        by,
                        id,
                        version)
                == 1;
    }

    public boolean delete(long id, long version) {
        return jdbc.update(
                        "delete from reporting.outreach_activity where id = ? and version = ?"
                                + " and state in ('DRAFT', 'RETURNED')",
                        id,
                        version)
                == 1;
    }

    public boolean setPhoto(long id, String contentType, byte[] content, String by) {
        return jdbc.update(
                        "update reporting.outreach_activity set photo = ?, photo_type = ?, version = version + 1,"
                                + " updated_at = now(), updated_by = ? where id = ? and state in ('DRAFT', 'RETURNED')",
                        content,
                        contentType,
                        by,
                        id)
                == 1;
    }

    /** The photo's type and bytes. */
    public Optional<Map.Entry<String, byte[]>> photo(long id) {
        return jdbc.one(
                "select photo_type, photo from reporting.outreach_activity where id = ? and photo is not null",
                r -> Map.entry(r.getString(1), r.getBytes(2)),
                id);
    }

    public Optional<Activity> find(long id) {
        return jdbc.one(
                "select " + COLUMNS + " from reporting.outreach_activity a where a.id = ?",
                OutreachStore::activity,
                id);
    }

    /** One page of the log, the number of matches (exact up to {@link #EXACT_COUNT_LIMIT}), and the next page's cursor. */
    public record Slice(List<Activity> rows, long total, boolean exact, PageCursor next) {}

    /**
     * One page of the log, the latest first, at a cost that does not grow with the log: the count stops at {@link
     * #EXACT_COUNT_LIMIT} (beyond, the planner's estimate), the next page continues from the last row's date and id
     * (keyset), and a page asked for by number skips rows reading the index of dates and ids only. The photo stays in
     * the table.
     */
    public Slice page(OutreachQuery q, PageRequest request) {
        String fingerprint = PageCursor.fingerprint(LIST + ":" + q);
        PageCursor after = request.after() == null ? null : request.after().requireFor(LIST, fingerprint);
        if (after != null && !after.key().matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw PageCursor.invalid();
        }
        long total;
        boolean exact;
        if (after == null) {
            long counted = jdbc.id(
                    "select count(*) from (select 1 from reporting.outreach_activity a" + FILTER + " limit ?) c",
                    with(filter(q), EXACT_COUNT_LIMIT + 1).toArray());
            exact = counted <= EXACT_COUNT_LIMIT;
            total = exact ? counted : Math.max(counted, estimate(q));
        } else {
            total = after.total();
            exact = after.totalExact();
        }
        List<Object> p = filter(q);
        String keyset = "";
        if (after != null) {
            keyset = " and (a.held_on, a.id) < (?::date, ?)";
            p.add(LocalDate.parse(after.key()));
            p.add(after.id());
        }
        p.add(after == null ? request.offset() : 0);
        p.add(request.size() + 1);
        List<Activity> rows = new ArrayList<>(jdbc.list(
                "select " + COLUMNS + " from reporting.outreach_activity a join (select a.id from"
                        + " reporting.outreach_activity a" + FILTER + keyset
                        + " order by a.held_on desc, a.id desc offset ? limit ?) p on p.id = a.id"
                        + " order by a.held_on desc, a.id desc",
                OutreachStore::activity,
                p.toArray()));
        PageCursor next = null;
        if (rows.size() > request.size()) {
            rows.remove(rows.size() - 1);
            Activity last = rows.get(rows.size() - 1);
            long before = after == null ? request.offset() : after.rowsBefore();
            next = new PageCursor(
                    LIST,
                    fingerprint,
                    before + rows.size(),
                    last.fields().heldOn().toString(),
                    last.id(),
                    total,
                    exact);
        }
        return new Slice(rows, total, exact, next);
    }

    /** The planner's estimate of the matches (a long list is not counted to its end). */
    private long estimate(OutreachQuery q) {
        String plan = jdbc.one(
                        "explain select 1 from reporting.outreach_activity a" + FILTER,
                        r -> r.getString(1),
                        filter(q).toArray())
                .orElse("");
        java.util.regex.Matcher rows =
                java.util.regex.Pattern.compile("rows=(\\d+)").matcher(plan);
        return rows.find() ? Long.parseLong(rows.group(1)) : 0;
    }

    private static List<Object> with(List<Object> parameters, Object more) {
        parameters.add(more);
        return parameters;
    }

    public OutreachTotals totals(OutreachQuery q) {
        return jdbc.one(
                        "select count(*), coalesce(sum(participants), 0), coalesce(sum(materials), 0),"
                                + " count(*) filter (where state = 'APPROVED'),"
                                + " coalesce(sum(participants) filter (where state = 'APPROVED'), 0),"
                                + " coalesce(sum(materials) filter (where state = 'APPROVED'), 0)"
                                + " from reporting.outreach_activity a" + FILTER,
                        r -> new OutreachTotals(
                                r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6)),
                        filter(q).toArray())
                .orElseThrow();
    }

    /** Commune names by id, each with its province's, for the activities shown. */
    public Map<Long, String> communeNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .list(
                        "select c.id, c.name || coalesce(' (' || p.name || ')', '') from core.administrative_unit c"
                                + " left join core.administrative_unit p on p.id = c.parent_id where c.id = any(?)",
                        r -> Map.entry(r.getLong(1), r.getString(2)),
                        new Jdbc.Ids(ids))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Which of these ids are communes (in force or not). */
    public Set<Long> communes(Collection<Long> ids) {
        return Set.copyOf(jdbc.list(
                "select id from core.administrative_unit where level = 'COMMUNE' and id = any(?)",
                r -> r.getLong(1),
                new Jdbc.Ids(ids)));
    }

    /** The communes in force with these codes: code → id. */
    public Map<String, Long> communesByCode(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .list(
                        "select code, id from core.administrative_unit where level = 'COMMUNE' and valid_to is null"
                                + " and code = any(?)",
                        r -> Map.entry(r.getString(1), r.getLong(2)),
                        new Jdbc.Texts(codes))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Activities in {@code state}: waiting ones the longest waiting first, approved ones the latest approved first. */
    public List<ApprovalItem> waiting(ApprovalState state, int limit) {
        return jdbc.list(
                "select a.id, a.state, a.submitted_by, a.submitted_at, a.held_on, a.kind, d.id as uid, d.code, d.name,"
                        + " d.kind = 'COMMUNE' as commune from reporting.outreach_activity a"
                        + " join core.department d on d.id = a.unit_id where a.state = ?"
                        + (state == ApprovalState.APPROVED
                                ? " order by a.approved_at desc"
                                : " order by a.submitted_at")
                        + " limit ?",
                r -> new ApprovalItem(
                        ApprovalItem.Subject.OUTREACH,
                        r.getLong("id"),
                        new UnitRef(
                                r.getLong("uid"), r.getString("code"), r.getString("name"), r.getBoolean("commune")),
                        r.getString("kind") + " · " + Jdbc.date(r, "held_on"),
                        ApprovalState.valueOf(r.getString("state")),
                        r.getString("submitted_by"),
                        Jdbc.instant(r, "submitted_at")),
                state,
                limit);
    }

    /**
     * The approved outreach held in a period (in one province: an activity counts there when one of its communes is, a
     * merged commune under its successor's province), as activities, participants, materials.
     */
    public long[] approved(Long province, LocalDate from, LocalDate until) {
        return jdbc.one(
                        "select count(*), coalesce(sum(participants), 0), coalesce(sum(materials), 0)"
                                + " from reporting.outreach_activity a where a.state = 'APPROVED'"
                                + " and a.held_on between ? and ? and (?::bigint is null or exists (select 1"
                                + " from reporting.unit_map m where m.unit_id = any(a.commune_ids) and m.province_id = ?))",
                        r -> new long[] {r.getLong(1), r.getLong(2), r.getLong(3)},
                        from,
                        until,
                        province,
                        province)
                .orElseThrow();
    }

    /** A unit's outreach in a period: activities, participants, materials. */
    public long[] unitOutreach(long unitId, LocalDate from, LocalDate until) {
        return jdbc.one(
                        "select count(*), coalesce(sum(participants), 0), coalesce(sum(materials), 0)"
                                + " from reporting.outreach_activity where unit_id = ? and held_on between ? and ?",
                        r -> new long[] {r.getLong(1), r.getLong(2), r.getLong(3)},
                        unitId,
                        from,
                        until)
                .orElseThrow();
    }

    /** Visits with the unit's staff that were signed off in a period (from the reporting read model). */
    public long visitsSignedOff(long unitId, LocalDate from, LocalDate until) {
        return jdbc.id(
                "select coalesce(sum(visits), 0) from reporting.visit_department_fact"
                        + " where department_id = ? and status = 'SIGNED_OFF' and day between ? and ?",
                unitId,
                from,
                until);
    }

    private static List<Object> filter(OutreachQuery q) {
        List<Object> p = new ArrayList<>();
        for (Object value : new Object[] {q.from(), q.until(), q.unitId(), q.communeId(), q.kind(), q.state()}) {
            p.add(value == null ? null : value instanceof Enum<?> e ? e.name() : value);
            p.add(value == null ? null : value instanceof Enum<?> e ? e.name() : value);
        }
        return p;
    }

    private static Jdbc.Texts audiences(Set<Audience> audiences) {
        return new Jdbc.Texts(audiences.stream().sorted().map(Enum::name).toList());
    }

    private static Activity activity(ResultSet r) throws SQLException {
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        Jdbc.texts(r, "audiences").forEach(a -> audiences.add(Audience.valueOf(a)));
        return new Activity(
                r.getLong("id"),
                new OutreachCommand(
                        Jdbc.date(r, "held_on"),
                        r.getLong("unit_id"),
                        OutreachKind.valueOf(r.getString("kind")),
                        audiences,
                        Jdbc.ids(r, "commune_ids"),
                        r.getInt("participants"),
                        r.getInt("materials"),
                        r.getString("description")),
                r.getBoolean("has_photo"),
                AssignmentStore.approval(r),
                r.getLong("version"));
    }
}
