package vn.vigil.reporting.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import vn.vigil.reporting.api.Cadence;
import vn.vigil.reporting.api.Period;
import vn.vigil.reporting.api.ReportFormat;
import vn.vigil.reporting.api.ScheduleRunView;
import vn.vigil.reporting.domain.Recurrence;

/**
 * The rows of {@code reporting.report_schedule} and {@code reporting.report_run}, by plain JDBC. Every method is one
 * statement: outside a transaction it commits at once, which is what planning and claiming runs need (a claim is
 * visible to the other servers as soon as it is made).
 */
@ApplicationScoped
public class ScheduleStore {

    private static final String SCHEDULE_COLUMNS = "id, name, province_id, cadence, day_of_month, day_of_week,"
            + " send_at, send_xlsx, send_pdf, recipient_ids, active, active_since, version";
    private static final String RUN_COLUMNS = "r.id, r.schedule_id, s.name, r.period_from, r.period_until, r.due_at,"
            + " r.manual, r.status, r.attempts, r.started_at, r.finished_at, r.next_attempt_at, r.error";

    @Resource(lookup = "jdbc/vigil")
    DataSource dataSource;

    protected ScheduleStore() {}

    public ScheduleStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A stored schedule. */
    public record Row(
            long id,
            String name,
            Long provinceId,
            Recurrence recurrence,
            Set<ReportFormat> formats,
            List<Long> recipientIds,
            boolean active,
            Instant activeSince,
            long version) {}

    /** The fields written on insert and update. */
    public record Fields(
            String name, Long provinceId, Recurrence recurrence, Set<ReportFormat> formats, List<Long> recipientIds) {}

    /** A run taken by a server to send: which schedule, which due time and period, which attempt. */
    public record Claimed(long id, long scheduleId, Instant dueAt, Period period, int attempt, boolean manual) {}

    public long insert(Fields f, String by) {
        String sql = "insert into reporting.report_schedule (name, province_id, cadence, day_of_month, day_of_week,"
                + " send_at, send_xlsx, send_pdf, recipient_ids, created_by, updated_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            int i = bind(c, s, f);
            s.setString(i++, by);
            s.setString(i, by);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Saving a report schedule failed", e);
        }
    }

    /**
     * Changes a schedule at {@code version}; false when someone changed it since. A change of when it is sent starts
     * it afresh: due times before now are not caught up.
     */
    public boolean update(long id, long version, Fields f, String by) {
        String sql = "update reporting.report_schedule set name = ?, province_id = ?, cadence = ?, day_of_month = ?,"
                + " day_of_week = ?, send_at = ?, send_xlsx = ?, send_pdf = ?, recipient_ids = ?,"
                + " active_since = now(), version = version + 1, updated_at = now(), updated_by = ?"
                + " where id = ? and version = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            int i = bind(c, s, f);
            s.setString(i++, by);
            s.setLong(i++, id);
            s.setLong(i, version);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Saving a report schedule failed", e);
        }
    }

    /** Pauses or resumes at {@code version}; a resumed schedule starts afresh from now. */
    public boolean activate(long id, long version, boolean active, String by) {
        String sql = "update reporting.report_schedule set active = ?, active_since = case when ? and not active"
                + " then now() else active_since end, version = version + 1, updated_at = now(), updated_by = ?"
                + " where id = ? and version = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setBoolean(1, active);
            s.setBoolean(2, active);
            s.setString(3, by);
            s.setLong(4, id);
            s.setLong(5, version);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Pausing or resuming a report schedule failed", e);
        }
    }

    public boolean delete(long id) {
        return update("delete from reporting.report_schedule where id = ?", id) == 1;
    }

    public Optional<Row> find(long id) {
        return schedules("select " + SCHEDULE_COLUMNS + " from reporting.report_schedule where id = ?", id).stream()
                .findFirst();
    }

    public List<Row> all() {
        return schedules(
                "select " + SCHEDULE_COLUMNS + " from reporting.report_schedule order by lower(name), id", null);
    }

    public List<Row> active() {
        return schedules(
                "select " + SCHEDULE_COLUMNS + " from reporting.report_schedule where active order by id", null);
    }

    /**
     * Plans a sending of a schedule due at {@code dueAt}: true for the one server whose insert made the row, false
     * for every other (the row was there already).
     */
    public boolean plan(long scheduleId, Instant dueAt, Period period, boolean manual) {
        String sql = "insert into reporting.report_run (schedule_id, due_at, manual, period_from, period_until,"
                + " next_attempt_at) values (?, ?, ?, ?, ?, now()) on conflict (schedule_id, due_at) do nothing";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, scheduleId);
            s.setTimestamp(2, Timestamp.from(dueAt));
            s.setBoolean(3, manual);
            s.setObject(4, period.from());
            s.setObject(5, period.until());
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Planning a scheduled report failed", e);
        }
    }

    /** The run planned for a schedule at a due time. */
    public Optional<Long> runAt(long scheduleId, Instant dueAt) {
        String sql = "select id from reporting.report_run where schedule_id = ? and due_at = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, scheduleId);
            s.setTimestamp(2, Timestamp.from(dueAt));
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a scheduled report's run failed", e);
        }
    }

    /**
     * Takes one run that is waiting and due, or whose lease ran out (its server died), for {@code server}: marks it
     * RUNNING with a lease and counts the attempt. Servers asking at once each get a different run, or none.
     */
    public Optional<Claimed> claimNext(String server, int leaseSeconds, int maxAttempts) {
        String sql = "update reporting.report_run r set status = 'RUNNING', attempts = r.attempts + 1,"
                + " started_at = now(), finished_at = null, next_attempt_at = null, claimed_by = ?,"
                + " lease_until = now() + make_interval(secs => ?)"
                + " where r.id = (select id from reporting.report_run"
                + "   where (status in ('PENDING', 'RETRY') and next_attempt_at <= now())"
                + "      or (status = 'RUNNING' and lease_until < now() and attempts < ?)"
                + "   order by coalesce(next_attempt_at, lease_until), id limit 1 for update skip locked)"
                + " returning r.id, r.schedule_id, r.due_at, r.period_from, r.period_until, r.attempts, r.manual";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, server);
            s.setInt(2, leaseSeconds);
            s.setInt(3, maxAttempts);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Claimed(
                        r.getLong(1),
                        r.getLong(2),
                        r.getTimestamp(3).toInstant(),
                        new Period(r.getObject(4, LocalDate.class), r.getObject(5, LocalDate.class)),
                        r.getInt(6),
                        r.getBoolean(7)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Taking a scheduled report to send failed", e);
        }
    }

    /**
     * Fails the runs whose server died on their last allowed attempt (the lease ran out): they are not taken again.
     * Returns how many.
     */
    public int failAbandoned(int maxAttempts) {
        String sql = "update reporting.report_run set status = 'FAILED', finished_at = now(), lease_until = null,"
                + " error = 'schedules.run.abandoned' where status = 'RUNNING' and lease_until < now()"
                + " and attempts >= ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, maxAttempts);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Failing abandoned scheduled reports failed", e);
        }
    }

    /** Records a run as sent to {@code recipients} people, if {@code server} still holds it. */
    public boolean sent(long runId, String server, int recipients) {
        String sql = "update reporting.report_run set status = 'SENT', finished_at = now(), lease_until = null,"
                + " recipients = ?, error = null where id = ? and status = 'RUNNING' and claimed_by = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, recipients);
            s.setLong(2, runId);
            s.setString(3, server);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Recording a sent report failed", e);
        }
    }

    /** Records a failed attempt: to try again at {@code retryAt}, or (null) failed for good. */
    public boolean failed(long runId, String server, String error, Instant retryAt) {
        String sql = "update reporting.report_run set status = ?, finished_at = now(), lease_until = null,"
                + " next_attempt_at = ?, error = ? where id = ? and status = 'RUNNING' and claimed_by = ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, retryAt == null ? "FAILED" : "RETRY");
            s.setTimestamp(2, retryAt == null ? null : Timestamp.from(retryAt));
            s.setString(3, error.length() > 1000 ? error.substring(0, 1000) : error);
            s.setLong(4, runId);
            s.setString(5, server);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Recording a failed report failed", e);
        }
    }

    public Optional<ScheduleRunView> run(long runId) {
        return runs(" where r.id = ?", runId, 1).stream().findFirst();
    }

    /** The latest runs of a schedule (null: of all), most recent first. */
    public List<ScheduleRunView> recentRuns(Long scheduleId, int limit) {
        return scheduleId == null ? runs("", null, limit) : runs(" where r.schedule_id = ?", scheduleId, limit);
    }

    private List<ScheduleRunView> runs(String where, Long parameter, int limit) {
        String sql = "select " + RUN_COLUMNS + " from reporting.report_run r join reporting.report_schedule s"
                + " on s.id = r.schedule_id" + where + " order by r.due_at desc, r.id desc limit " + limit;
        List<ScheduleRunView> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setLong(1, parameter);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new ScheduleRunView(
                            r.getLong(1),
                            r.getLong(2),
                            r.getString(3),
                            new Period(r.getObject(4, LocalDate.class), r.getObject(5, LocalDate.class)),
                            r.getTimestamp(6).toInstant(),
                            r.getBoolean(7),
                            ScheduleRunView.Status.valueOf(r.getString(8)),
                            r.getInt(9),
                            instant(r.getTimestamp(10)),
                            instant(r.getTimestamp(11)),
                            instant(r.getTimestamp(12)),
                            r.getString(13)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading scheduled report runs failed", e);
        }
        return rows;
    }

    private static int bind(Connection c, PreparedStatement s, Fields f) throws SQLException {
        Recurrence when = f.recurrence();
        s.setString(1, f.name());
        s.setObject(2, f.provinceId());
        s.setString(3, when.cadence().name());
        s.setObject(4, when.dayOfMonth());
        s.setObject(5, when.dayOfWeek() == null ? null : when.dayOfWeek().getValue());
        s.setTime(6, Time.valueOf(when.sendAt()));
        s.setBoolean(7, f.formats().contains(ReportFormat.XLSX));
        s.setBoolean(8, f.formats().contains(ReportFormat.PDF));
        s.setArray(9, c.createArrayOf("bigint", f.recipientIds().toArray()));
        return 10;
    }

    private List<Row> schedules(String sql, Long id) {
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            if (id != null) {
                s.setLong(1, id);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(schedule(r));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading report schedules failed", e);
        }
        return rows;
    }

    private static Row schedule(ResultSet r) throws SQLException {
        Integer dayOfWeek = (Integer) r.getObject(6);
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        if (r.getBoolean(8)) {
            formats.add(ReportFormat.XLSX);
        }
        if (r.getBoolean(9)) {
            formats.add(ReportFormat.PDF);
        }
        Array recipients = r.getArray(10);
        List<Long> ids = Arrays.stream((Long[]) recipients.getArray()).toList();
        return new Row(
                r.getLong(1),
                r.getString(2),
                (Long) r.getObject(3),
                new Recurrence(
                        Cadence.valueOf(r.getString(4)),
                        (Integer) r.getObject(5),
                        dayOfWeek == null ? null : DayOfWeek.of(dayOfWeek),
                        r.getObject(7, LocalTime.class)),
                Set.copyOf(formats),
                ids,
                r.getBoolean(11),
                r.getTimestamp(12).toInstant(),
                r.getLong(13));
    }

    private int update(String sql, long id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Changing a report schedule failed", e);
        }
    }

    /** Whether a province in force has this id. */
    public boolean isProvince(long id) {
        return provinceName(id) != null;
    }

    /** The name of a province in force, or null. */
    public String provinceName(long id) {
        String sql = "select name from core.administrative_unit where id = ? and level = 'PROVINCE'"
                + " and valid_to is null";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a province failed", e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
