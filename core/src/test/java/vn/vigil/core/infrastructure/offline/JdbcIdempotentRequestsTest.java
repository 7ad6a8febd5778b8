package vn.vigil.core.infrastructure.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.offline.IdempotentRequests.Claim;
import vn.vigil.core.api.offline.IdempotentRequests.Fresh;
import vn.vigil.core.api.offline.IdempotentRequests.InFlight;
import vn.vigil.core.api.offline.IdempotentRequests.Mismatch;
import vn.vigil.core.api.offline.IdempotentRequests.Replay;
import vn.vigil.core.infrastructure.CoreSchemaAccess;
import vn.vigil.core.testing.TestDatabase;

/** Idempotency keys on a real PostgreSQL: one claim per user and key, whatever the race; answers replayed. */
class JdbcIdempotentRequestsTest {

    private static final String HASH = "a".repeat(64);
    private static final String OTHER_HASH = "b".repeat(64);

    private final JdbcIdempotentRequests requests = new JdbcIdempotentRequests(TestDatabase.dataSource());
    private final String key = "k-" + UUID.randomUUID();

    @BeforeAll
    static void migrate() {
        TestDatabase.migrate(List.of(CoreSchemaAccess.coreSchema()));
    }

    @Test
    void aCompletedKeyReplaysItsAnswerAndRefusesAnotherRequest() {
        assertThat(requests.claim("inspector", key, HASH)).isInstanceOf(Fresh.class);
        requests.complete("inspector", key, 201, "application/json", "{\"id\":7}".getBytes(StandardCharsets.UTF_8));

        Claim again = requests.claim("inspector", key, HASH);
        assertThat(again).isInstanceOf(Replay.class);
        assertThat(((Replay) again).status()).isEqualTo(201);
        assertThat(new String(((Replay) again).body(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":7}");
        assertThat(requests.claim("inspector", key, OTHER_HASH)).isInstanceOf(Mismatch.class);
        assertThat(requests.claim("teamlead", key, OTHER_HASH))
                .as("keys are per user")
                .isInstanceOf(Fresh.class);
    }

    @Test
    void aPurgeDeletesTheOldestExpiredKeysAndNoMoreThanItsLimit() throws SQLException {
        String user = "purge-" + UUID.randomUUID();
        try (Connection c = TestDatabase.dataSource().getConnection()) {
            insertExpired(c, user, JdbcIdempotentRequests.PURGE_LIMIT + 200);
            assertThat(requests.claim(user, "recent-key", HASH)).isInstanceOf(Fresh.class);
            // keys other tests left are expired or not; this test counts only its own
            int deleted = 0;
            int round;
            do {
                round = JdbcIdempotentRequests.purge(c);
                assertThat(round).isLessThanOrEqualTo(JdbcIdempotentRequests.PURGE_LIMIT);
                deleted += round;
            } while (round == JdbcIdempotentRequests.PURGE_LIMIT);

            assertThat(deleted).isGreaterThanOrEqualTo(JdbcIdempotentRequests.PURGE_LIMIT + 200);
            try (PreparedStatement s =
                    c.prepareStatement("select idempotency_key from core.idempotent_request where username = ?")) {
                s.setString(1, user);
                try (var r = s.executeQuery()) {
                    List<String> left = new ArrayList<>();
                    while (r.next()) {
                        left.add(r.getString(1));
                    }
                    assertThat(left).as("the key within its retention stays").containsExactly("recent-key");
                }
            }
        }
    }

    @Test
    void aFirstPurgeTakesTheOldestFirst() throws SQLException {
        String user = "oldest-" + UUID.randomUUID();
        try (Connection c = TestDatabase.dataSource().getConnection()) {
            while (JdbcIdempotentRequests.purge(c) > 0) {
                // what other tests left expired
            }
            insertExpired(c, user, JdbcIdempotentRequests.PURGE_LIMIT + 5);

            assertThat(JdbcIdempotentRequests.purge(c)).isEqualTo(JdbcIdempotentRequests.PURGE_LIMIT);
            try (PreparedStatement s = c.prepareStatement(
                    "select count(*) from core.idempotent_request where username = ?"
                            + " and idempotency_key in ('expired-1', 'expired-2', 'expired-3', 'expired-4', 'expired-5')")) {
                s.setString(1, user);
                try (var r = s.executeQuery()) {
                    r.next();
                    assertThat(r.getInt(1))
                            .as("the five youngest expired keys wait for the next purge")
                            .isEqualTo(5);
                }
            }
            assertThat(JdbcIdempotentRequests.purge(c)).isEqualTo(5);
        }
    }

    /** Keys expired-1 … expired-count of the user, expired-n past its retention by n days (expired-1 the youngest). */
    private static void insertExpired(Connection c, String user, int count) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into core.idempotent_request"
                + " (username, idempotency_key, request_hash, created_at)"
                + " select ?, 'expired-' || n, ?, now() - make_interval(days => ? + n)"
                + " from generate_series(1, ?) n")) {
            s.setString(1, user);
            s.setString(2, HASH);
            s.setInt(3, JdbcIdempotentRequests.RETENTION_DAYS);
            s.setInt(4, count);
            s.executeUpdate();
        }
    }

    @Test
    void aKeyAtWorkIsInFlightAndAReleasedOneIsFreshAgain() {
        assertThat(requests.claim("inspector", key, HASH)).isInstanceOf(Fresh.class);
        assertThat(requests.claim("inspector", key, HASH)).isInstanceOf(InFlight.class);
        requests.release("inspector", key);
        assertThat(requests.claim("inspector", key, OTHER_HASH))
                .as("the corrected request")
                .isInstanceOf(Fresh.class);
    }

    @Test
    void ofRequestsClaimingOneKeyAtOnceExactlyOneDoesTheWork() throws Exception {
        int senders = 6;
        CyclicBarrier together = new CyclicBarrier(senders);
        ExecutorService sending = Executors.newFixedThreadPool(senders);
        try {
            List<Future<Claim>> claims = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                claims.add(sending.submit(() -> {
                    together.await();
                    return requests.claim("inspector", key, HASH);
                }));
            }
            int fresh = 0;
            for (Future<Claim> claim : claims) {
                fresh += claim.get() instanceof Fresh ? 1 : 0;
            }
            assertThat(fresh).isEqualTo(1);
        } finally {
            sending.shutdownNow();
        }
    }

    @Test
    void theDatabaseRefusesASecondRowForOneKeyAndAMalformedKey() throws SQLException {
        requests.claim("inspector", key, HASH);
        try (Connection c = TestDatabase.dataSource().getConnection()) {
            assertThatThrownBy(() -> insert(c, key)).hasMessageContaining("idempotent_request_key");
            assertThatThrownBy(() -> insert(c, "short")).hasMessageContaining("idempotent_request_key_text");
        }
    }

    /**
     * The claim's commit does not wait for the disk, and only the claim's: the pooled connection it used commits the
     * next request's work synchronously again, and the claim is there for every other connection at once.
     */
    @Test
    void theClaimsUnflushedCommitStaysWithTheClaim() throws SQLException {
        try (Connection held = TestDatabase.dataSource().getConnection()) {
            // as in production (the test server itself runs without waiting for the disk)
            try (PreparedStatement on = held.prepareStatement("set synchronous_commit = on")) {
                on.execute();
            }
            DataSource one = (DataSource) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                        if (!method.getName().equals("getConnection")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        // the same connection every time, never closed: as a pool hands it to the next request
                        return Proxy.newProxyInstance(
                                getClass().getClassLoader(),
                                new Class<?>[] {Connection.class},
                                (c, m, a) -> m.getName().equals("close") ? null : m.invoke(held, a));
                    });

            assertThat(new JdbcIdempotentRequests(one).claim("inspector", key, HASH))
                    .isInstanceOf(Fresh.class);

            assertThat(setting(held)).isEqualTo("on");
            assertThat(requests.claim("inspector", key, HASH))
                    .as("seen by another connection")
                    .isInstanceOf(InFlight.class);
        }
    }

    private static String setting(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("show synchronous_commit");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1);
        }
    }

    private static void insert(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into core.idempotent_request"
                + " (username, idempotency_key, request_hash) values ('inspector', ?, ?)")) {
            s.setString(1, key);
            s.setString(2, HASH);
            s.executeUpdate();
        }
    }
}
