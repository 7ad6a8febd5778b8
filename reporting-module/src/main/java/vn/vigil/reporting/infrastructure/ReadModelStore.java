package vn.vigil.reporting.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;
import vn.vigil.reporting.api.RebuildStatus;

/**
 * The read model's own tables, by plain JDBC on the application's data source: the aggregates are written by the SQL
 * functions of the reporting schema, so there is nothing here for an entity manager to map. Callers supply the
 * transaction.
 */
@ApplicationScoped
public class ReadModelStore {

    /** Facts recomputed by day, in the order a rebuild walks them. */
    public static final String[] DAILY_FACTS = {"VISIT", "CASE", "VICTIM", "SUPPORT", "LEDGER"};

    /** A rebuild with no step for this long was left by a server that stopped; another may take over. */
    static final String ABANDONED_AFTER = "10 minutes";

    @Resource(lookup = "jdbc/vigil")
    DataSource dataSource;

    /** Applies up to {@code max} queued slices; -1 when another applier or a rebuild step holds the read model. */
    public int applyDirty(int max) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select reporting.apply_dirty(?)")) {
            s.setInt(1, max);
            return single(s).intValue();
        } catch (SQLException e) {
            throw new IllegalStateException("Applying the read model's queued changes failed", e);
        }
    }

    public long pendingSlices() {
        return count("select count(*) from reporting.dirty_slice");
    }

    /** When the oldest change not yet applied was made; empty when the read model is up to date. */
    public Optional<Instant> oldestPending() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select min(enqueued_at) from reporting.dirty_slice");
                ResultSet r = s.executeQuery()) {
            r.next();
            Timestamp t = r.getTimestamp(1);
            return Optional.ofNullable(t).map(Timestamp::toInstant);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the read model's queue failed", e);
        }
    }

    /** The first and last day any fact (in the base tables or already in the read model) falls on. */
    public Optional<LocalDate[]> factRange() {
        String sql = """
                select min(d), max(d) from (
                    select (min(starts_at) at time zone 'Asia/Ho_Chi_Minh')::date d from inspection.visit
                    union all select (max(starts_at) at time zone 'Asia/Ho_Chi_Minh')::date from inspection.visit
                    union all select min(detected_on) from violation.violation_case
                    union all select max(detected_on) from violation.violation_case
                    union all select min(received_on) from victim.victim_case
                    union all select max(received_on) from victim.victim_case
                    union all select min(requested_on) from victim.support_request
                    union all select max(requested_on) from victim.support_request
                    union all select (min(recorded_at) at time zone 'Asia/Ho_Chi_Minh')::date from victim.ledger_entry
                    union all select (max(recorded_at) at time zone 'Asia/Ho_Chi_Minh')::date from victim.ledger_entry
                    union all select min(day) from reporting.visit_fact
                    union all select max(day) from reporting.visit_fact
                    union all select min(day) from reporting.case_fact
                    union all select max(day) from reporting.case_fact
                    union all select min(day) from reporting.victim_fact
                    union all select max(day) from reporting.victim_fact
                    union all select min(day) from reporting.support_fact
                    union all select max(day) from reporting.support_fact
                    union all select min(day) from reporting.ledger_fact
                    union all select max(day) from reporting.ledger_fact) days
                """;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            Date from = r.getDate(1);
            Date to = r.getDate(2);
            return from == null
                    ? Optional.empty()
                    : Optional.of(new LocalDate[] {from.toLocalDate(), to.toLocalDate()});
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the range of facts failed", e);
        }
    }

    /**
     * Claims the one running rebuild: marks a silent one abandoned, then inserts a new run unless one is running.
     * Empty when another run is under way.
     */
    public Optional<Long> claimRebuild(String requestedBy, int steps) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("update reporting.rebuild_run set finished_at = now(),"
                    + " failure = 'abandoned: no progress for " + ABANDONED_AFTER + "'"
                    + " where finished_at is null and heartbeat_at < now() - interval '" + ABANDONED_AFTER + "'")) {
                s.executeUpdate();
            }
            try (PreparedStatement s =
                    c.prepareStatement("insert into reporting.rebuild_run (requested_by, steps_total)"
                            + " values (?, ?) on conflict do nothing returning id")) {
                s.setString(1, requestedBy);
                s.setInt(2, steps);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Starting a rebuild of the read model failed", e);
        }
    }

    /**
     * One step of a rebuild: waits for the applier to finish its batch, recomputes one fact over [from, to) for
     * every unit (a null range: the facts without days), and counts the step.
     */
    public void rebuildStep(long run, String fact, LocalDate from, LocalDate to) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s =
                    c.prepareStatement("select pg_advisory_xact_lock(hashtext('vigil.reporting.read-model'))")) {
                s.execute();
            }
            try (PreparedStatement s = c.prepareStatement("select reporting.refresh(?, ?, ?, null)")) {
                s.setString(1, fact);
                s.setObject(2, from);
                s.setObject(3, to);
                s.execute();
            }
            try (PreparedStatement s = c.prepareStatement("update reporting.rebuild_run"
                    + " set steps_done = steps_done + 1, heartbeat_at = now() where id = ?")) {
                s.setLong(1, run);
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Rebuilding " + fact + " from " + from + " failed", e);
        }
    }

    public void finishRebuild(long run, String failure) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "update reporting.rebuild_run set finished_at = now(), failure = ? where id = ?")) {
            s.setString(1, failure == null ? null : failure.substring(0, Math.min(500, failure.length())));
            s.setLong(2, run);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Recording the end of a rebuild failed", e);
        }
    }

    public Optional<RebuildStatus> latestRebuild() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select id, requested_by, started_at, finished_at,"
                        + " steps_total, steps_done, failure from reporting.rebuild_run order by id desc limit 1");
                ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            Timestamp finished = r.getTimestamp(4);
            return Optional.of(new RebuildStatus(
                    r.getLong(1),
                    r.getString(2),
                    r.getTimestamp(3).toInstant(),
                    finished == null ? null : finished.toInstant(),
                    r.getInt(5),
                    r.getInt(6),
                    r.getString(7)));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the latest rebuild failed", e);
        }
    }

    /** True once a rebuild has ended well: the read model holds every fact, and the queue keeps it current. */
    public boolean everBuilt() {
        return count("select count(*) from reporting.rebuild_run where finished_at is not null and failure is null")
                > 0;
    }

    /** The small-count threshold and the version of the setting. */
    public long[] threshold() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("select small_count_threshold, version from reporting.setting");
                ResultSet r = s.executeQuery()) {
            return r.next() ? new long[] {r.getInt(1), r.getLong(2)} : new long[] {5, 0};
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the small-count threshold failed", e);
        }
    }

    /** Sets the threshold if the setting is still at {@code version}; false when someone changed it since. */
    public boolean setThreshold(int threshold, long version, String by) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("update reporting.setting set small_count_threshold = ?,"
                        + " version = version + 1, updated_at = now(), updated_by = ? where version = ?")) {
            s.setInt(1, threshold);
            s.setString(2, by);
            s.setLong(3, version);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Setting the small-count threshold failed", e);
        }
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            return single(s).longValue();
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the read model failed", e);
        }
    }

    private static Number single(PreparedStatement s) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            r.next();
            return (Number) r.getObject(1);
        }
    }
}
