package vn.vigil.core.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.OnceAcrossServers.Outcome;
import vn.vigil.core.testing.TestDatabase;

/**
 * Work once across servers, on a real PostgreSQL: several {@link JobRuns} with names of their own stand for several
 * servers over one database. Each test uses a job name of its own.
 */
class JobRunsTest {

    private static final Duration SHORT_LEASE = Duration.ofMillis(900);

    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
    private final ExecutorService work = Executors.newFixedThreadPool(4);
    private final String job = "test-" + UUID.randomUUID();

    @BeforeAll
    static void migrate() {
        TestDatabase.migrate(List.of(CoreSchemaAccess.coreSchema()));
    }

    @AfterEach
    void stop() {
        timer.shutdownNow();
        work.shutdownNow();
    }

    private JobRuns server(String name) {
        return new JobRuns(TestDatabase.dataSource(), name, timer, work);
    }

    @Test
    void anOccurrenceIsDoneOnceAndTheNextOneAgain() {
        AtomicInteger done = new AtomicInteger();

        assertThat(server("a").run(job, "2026-12-07", SHORT_LEASE, done::incrementAndGet))
                .isEqualTo(Outcome.RAN);
        assertThat(server("b").run(job, "2026-12-07", SHORT_LEASE, done::incrementAndGet))
                .as("another server, the same day")
                .isEqualTo(Outcome.DONE);
        assertThat(server("a").run(job, "2026-12-07", SHORT_LEASE, done::incrementAndGet))
                .as("the same server again")
                .isEqualTo(Outcome.DONE);
        assertThat(server("b").run(job, "2026-12-08", SHORT_LEASE, done::incrementAndGet))
                .isEqualTo(Outcome.RAN);
        assertThat(done).hasValue(2);
    }

    @Test
    void ofServersAskingAtTheSameMomentExactlyOneDoesTheWork() throws Exception {
        int servers = 8;
        CyclicBarrier together = new CyclicBarrier(servers);
        AtomicInteger done = new AtomicInteger();
        ExecutorService asking = Executors.newFixedThreadPool(servers);
        try {
            List<Future<Outcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < servers; i++) {
                JobRuns server = server("s" + i);
                outcomes.add(asking.submit(() -> {
                    together.await();
                    return server.run(job, "once", Duration.ofSeconds(30), done::incrementAndGet);
                }));
            }
            List<Outcome> seen = new ArrayList<>();
            for (Future<Outcome> outcome : outcomes) {
                seen.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(seen).containsOnlyOnce(Outcome.RAN);
            assertThat(seen)
                    .filteredOn(o -> o != Outcome.RAN)
                    .allMatch(o -> o == Outcome.DONE || o == Outcome.HELD_ELSEWHERE);
            assertThat(done).hasValue(1);
        } finally {
            asking.shutdownNow();
        }
    }

    @Test
    void theHolderRenewsItsLeaseWhileItWorksSoNobodyTakesItOver() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Outcome> holder = work.submit(() -> server("a").run(job, "long", SHORT_LEASE, () -> {
            started.countDown();
            await(release);
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        // three leases' time: without renewal the lease would have run out twice over
        Thread.sleep(SHORT_LEASE.toMillis() * 3);
        assertThat(server("b").run(job, "long", SHORT_LEASE, () -> {})).isEqualTo(Outcome.HELD_ELSEWHERE);

        release.countDown();
        assertThat(holder.get(10, TimeUnit.SECONDS)).isEqualTo(Outcome.RAN);
        assertThat(row("long").claimedBy).isEqualTo("a");
        assertThat(row("long").finished).isTrue();
    }

    @Test
    void aServerThatDiedHoldingTheOccurrenceIsTakenOverWhenItsLeaseRunsOut() throws Exception {
        // server a took the occurrence and died at once: no renewal, nothing finished
        try (Connection c = TestDatabase.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("insert into core.job_run"
                        + " (job, occurrence, claimed_by, claimed_at, lease_until)"
                        + " values (?, 'dead', 'a', now(), now() + interval '1 second')")) {
            s.setString(1, job);
            s.executeUpdate();
        }
        CountDownLatch done = new CountDownLatch(1);
        long asked = System.nanoTime();

        server("b").runOrTakeOver(job, "dead", SHORT_LEASE, done::countDown);

        assertThat(done.await(15, TimeUnit.SECONDS)).as("taken over").isTrue();
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked);
        assertThat(waitedMillis).as("not before a's lease ran out").isGreaterThanOrEqualTo(800);
        awaitFinished("dead");
        JobRow row = row("dead");
        assertThat(row.claimedBy).isEqualTo("b");
        assertThat(row.attempts).isEqualTo(2);
    }

    @Test
    void aFailedAttemptIsTriedAgainAndAfterThreeFailuresNobodyTriesIt() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        Runnable failing = () -> {
            tries.incrementAndGet();
            throw new IllegalStateException("mail server down");
        };

        assertThat(server("a").run(job, "failing", SHORT_LEASE, failing)).isEqualTo(Outcome.FAILED);
        assertThat(row("failing").failure).contains("mail server down");
        assertThat(server("b").run(job, "failing", SHORT_LEASE, failing))
                .as("released at once: another server may try")
                .isEqualTo(Outcome.FAILED);
        assertThat(server("a").run(job, "failing", SHORT_LEASE, failing)).isEqualTo(Outcome.FAILED);
        assertThat(server("c").run(job, "failing", SHORT_LEASE, failing))
                .as("given up after " + JobRuns.MAX_ATTEMPTS + " attempts")
                .isEqualTo(Outcome.DONE);
        assertThat(tries).hasValue(JobRuns.MAX_ATTEMPTS);
        assertThat(row("failing").finished).isFalse();
    }

    @Test
    void aFailedAttemptThatPassesLaterIsFinishedAndItsFailureForgotten() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        server("a").runOrTakeOver(job, "flaky", SHORT_LEASE, () -> {
            if (tries.incrementAndGet() == 1) {
                throw new IllegalStateException("first try fails");
            }
        });

        awaitFinished("flaky");
        assertThat(tries).hasValue(2);
        assertThat(row("flaky").failure).isNull();
    }

    private record JobRow(String claimedBy, int attempts, boolean finished, String failure) {}

    private JobRow row(String occurrence) throws SQLException {
        DataSource db = TestDatabase.dataSource();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select claimed_by, attempts, finished_at is not null, failure"
                        + " from core.job_run where job = ? and occurrence = ?")) {
            s.setString(1, job);
            s.setString(2, occurrence);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("row of " + occurrence).isTrue();
                return new JobRow(r.getString(1), r.getInt(2), r.getBoolean(3), r.getString(4));
            }
        }
    }

    private boolean finished(String occurrence) throws SQLException {
        try (Connection c = TestDatabase.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select 1 from core.job_run where job = ? and occurrence = ? and finished_at is not null")) {
            s.setString(1, job);
            s.setString(2, occurrence);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private void awaitFinished(String occurrence) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        // the work runs on the executor: its row may not be written yet
        while (!finished(occurrence) && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(row(occurrence).finished).as(occurrence + " finished").isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
