package vn.vigil.core.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.vigil.core.api.BackgroundWork;
import vn.vigil.core.api.OnceAcrossServers;

/**
 * {@link OnceAcrossServers} on table {@code core.job_run}: one row per occurrence, claimed by an insert or, once its
 * lease ran out unfinished, by an update that only one server's statement can win (the row lock serialises them and
 * the loser no longer matches {@code lease_until < now()}). The holder renews the lease every third of it while the
 * work runs; PostgreSQL's clock decides every expiry, so the servers' clocks need not agree.
 */
@ApplicationScoped
public class JobRuns implements OnceAcrossServers {

    /** A job failed this many times (on any servers) is not tried again; its failure stays in the row. */
    static final int MAX_ATTEMPTS = 3;

    private static final Logger LOG = Logger.getLogger(JobRuns.class.getName());

    @Resource(lookup = "jdbc/vigil")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = BackgroundWork.EXECUTOR)
    ManagedExecutorService executor;

    private final String server;
    private ScheduledExecutorService timer;
    private Executor work;

    public JobRuns() {
        this.server = thisServer();
    }

    /** Out of a server (tests): the database, a name for this "server", its timer and where work runs. */
    public JobRuns(DataSource dataSource, String server, ScheduledExecutorService scheduler, Executor executor) {
        this.dataSource = dataSource;
        this.server = server;
        this.timer = scheduler;
        this.work = executor;
    }

    private ScheduledExecutorService timer() {
        return timer != null ? timer : scheduler;
    }

    private Executor work() {
        return work != null ? work : executor;
    }

    @Override
    public Outcome run(String job, String occurrence, Duration lease, Runnable task) {
        Outcome claimed = claim(job, occurrence, lease);
        if (claimed != null) {
            if (claimed == Outcome.DONE) {
                LOG.info(() -> job + " " + occurrence + ": done already, not run again on " + server);
            }
            return claimed;
        }
        long renewEvery = Math.max(1, lease.toMillis() / 3);
        ScheduledFuture<?> renewal = timer().scheduleAtFixedRate(
                        () -> renew(job, occurrence, lease), renewEvery, renewEvery, TimeUnit.MILLISECONDS);
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            renewal.cancel(false);
            LOG.log(Level.WARNING, job + " " + occurrence + " failed on " + server, e);
            release(job, occurrence, String.valueOf(e));
            return Outcome.FAILED;
        }
        renewal.cancel(false);
        finish(job, occurrence);
        return Outcome.RAN;
    }

    @Override
    public void runOrTakeOver(String job, String occurrence, Duration lease, Runnable task) {
        try {
            work().execute(() -> {
                Outcome outcome;
                try {
                    outcome = run(job, occurrence, lease, task);
                } catch (RuntimeException e) {
                    // the database could not be reached: try again later, as if held
                    LOG.log(Level.WARNING, job + " " + occurrence + ": could not claim it", e);
                    outcome = Outcome.HELD_ELSEWHERE;
                }
                if (outcome == Outcome.HELD_ELSEWHERE || outcome == Outcome.FAILED) {
                    // the holder may die, or the failure pass: look again when its lease could have run out
                    timer().schedule(
                                    () -> runOrTakeOver(job, occurrence, lease, task),
                                    lease.toMillis() + 1000,
                                    TimeUnit.MILLISECONDS);
                }
            });
        } catch (RejectedExecutionException full) {
            LOG.warning(job + " " + occurrence + " not started here: the background executor is full; trying again");
            timer().schedule(
                            () -> runOrTakeOver(job, occurrence, lease, task), lease.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Null when this server now holds the occurrence; otherwise why it does not. */
    private Outcome claim(String job, String occurrence, Duration lease) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("insert into core.job_run as r"
                    + " (job, occurrence, claimed_by, claimed_at, lease_until)"
                    + " values (?, ?, ?, now(), now() + make_interval(secs => ?))"
                    + " on conflict (job, occurrence) do update set claimed_by = excluded.claimed_by,"
                    + " claimed_at = excluded.claimed_at, lease_until = excluded.lease_until,"
                    + " attempts = r.attempts + 1"
                    + " where r.finished_at is null and r.lease_until < now() and r.attempts < ?"
                    + " returning r.attempts")) {
                s.setString(1, job);
                s.setString(2, occurrence);
                s.setString(3, server);
                s.setDouble(4, lease.toMillis() / 1000.0);
                s.setInt(5, MAX_ATTEMPTS);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        int attempt = r.getInt(1);
                        if (attempt > 1) {
                            LOG.info(() ->
                                    job + " " + occurrence + " taken over by " + server + " (attempt " + attempt + ")");
                        }
                        return null;
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("select finished_at is not null or attempts >= ?"
                    + " from core.job_run where job = ? and occurrence = ?")) {
                s.setInt(1, MAX_ATTEMPTS);
                s.setString(2, job);
                s.setString(3, occurrence);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() && r.getBoolean(1) ? Outcome.DONE : Outcome.HELD_ELSEWHERE;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Claiming " + job + " " + occurrence + " failed", e);
        }
    }

    private void renew(String job, String occurrence, Duration lease) {
        int renewed = update(
                "update core.job_run set lease_until = now() + make_interval(secs => ?)"
                        + " where job = ? and occurrence = ? and claimed_by = ? and finished_at is null",
                lease.toMillis() / 1000.0,
                job,
                occurrence);
        if (renewed == 0) {
            LOG.warning(() -> job + " " + occurrence + ": " + server + " lost its lease (another server took it over)");
        }
    }

    private void finish(String job, String occurrence) {
        update(
                "update core.job_run set finished_at = now(), failure = null"
                        + " where job = ? and occurrence = ? and claimed_by = ?",
                null,
                job,
                occurrence);
    }

    private void release(String job, String occurrence, String failure) {
        update(
                "update core.job_run set lease_until = now(), failure = left(?, 2000)"
                        + " where job = ? and occurrence = ? and claimed_by = ? and finished_at is null",
                failure,
                job,
                occurrence);
    }

    /** Runs an update whose last three parameters are job, occurrence and this server, after an optional first. */
    private int update(String sql, Object first, String job, String occurrence) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            if (first != null) {
                s.setObject(i++, first);
            }
            s.setString(i++, job);
            s.setString(i++, occurrence);
            s.setString(i, server);
            return s.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Recording " + job + " " + occurrence + " failed", e);
            return 0;
        }
    }

    /** The server's name, host and process: unique among the servers of a deployment, and readable in the table. */
    private static String thisServer() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return System.getProperty("wlp.server.name", "server") + "@" + host + ":"
                + ProcessHandle.current().pid();
    }
}
