package vn.vigil.core.infrastructure.offline;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import vn.vigil.core.api.offline.IdempotentRequests;

/**
 * {@link IdempotentRequests} in {@code core.idempotent_request}, each statement committed on its own (the work between
 * claim and completion runs in its own transactions). A claim left without an answer for two minutes (its server
 * died) may be taken again. Old rows are deleted now and then as keys are claimed.
 */
@ApplicationScoped
public class JdbcIdempotentRequests implements IdempotentRequests {

    static final int RETENTION_DAYS = 7;
    static final int STALE_CLAIM_SECONDS = 120;
    /** The most keys one purge deletes. */
    static final int PURGE_LIMIT = 1_000;

    /**
     * Unshareable: the claim runs in the request's local transaction containment before the work's own transaction.
     * A shareable connection stays with that containment until the request ends, even once closed, so every keyed
     * request held two connections at once and 50 of them emptied the pool of 40 for its 10 s timeout (measured with
     * bench/load.sh). An unshareable one goes back to the pool when closed.
     */
    @Resource(lookup = "jdbc/vigil", shareable = false)
    DataSource dataSource;

    public JdbcIdempotentRequests() {}

    /** Out of a server (tests). */
    public JdbcIdempotentRequests(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Claim claim(String username, String key, String requestHash) {
        try (Connection c = dataSource.getConnection()) {
            if (ThreadLocalRandom.current().nextInt(100) == 0) {
                purge(c);
            }
            // The claim's commit does not wait for the disk (synchronous_commit off for its transaction alone):
            // whatever follows it commits and waits, and that flushes the log up to and past the claim. So a claim
            // is lost only in a crash before anything of its request was kept, and a resend then claims afresh.
            try (PreparedStatement s = c.prepareStatement("insert into core.idempotent_request as r"
                    + " (username, idempotency_key, request_hash)"
                    + " select ?, ?, ? from (select set_config('synchronous_commit', 'off', true)) unflushed"
                    + " on conflict (username, idempotency_key) do update set request_hash = excluded.request_hash,"
                    + " created_at = now()"
                    + " where r.status is null and r.created_at < now() - make_interval(secs => ?)"
                    + " returning r.request_hash")) {
                s.setString(1, username);
                s.setString(2, key);
                s.setString(3, requestHash);
                s.setInt(4, STALE_CLAIM_SECONDS);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        return new Fresh();
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("select request_hash, status, content_type, body"
                    + " from core.idempotent_request where username = ? and idempotency_key = ?")) {
                s.setString(1, username);
                s.setString(2, key);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return claim(username, key, requestHash); // released meanwhile
                    }
                    if (!r.getString(1).equals(requestHash)) {
                        return new Mismatch();
                    }
                    if (r.getObject(2) == null) {
                        return new InFlight();
                    }
                    return new Replay(r.getInt(2), r.getString(3), r.getBytes(4));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("claiming idempotency key", e);
        }
    }

    @Override
    public void complete(String username, String key, int status, String contentType, byte[] body) {
        update(
                "update core.idempotent_request set status = ?, content_type = ?, body = ?, completed_at = now()"
                        + " where username = ? and idempotency_key = ? and status is null",
                username,
                key,
                status,
                contentType,
                body);
    }

    @Override
    public void release(String username, String key) {
        update(
                "delete from core.idempotent_request where username = ? and idempotency_key = ? and status is null",
                username,
                key,
                null,
                null,
                null);
    }

    private void update(String sql, String username, String key, Integer status, String type, byte[] body) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            if (status != null) {
                s.setInt(i++, status);
                s.setString(i++, type);
                s.setBytes(i++, body);
            }
            s.setString(i++, username);
            s.setString(i, key);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recording idempotency key", e);
        }
    }

    /**
     * Deletes the oldest keys past their retention, at most {@link #PURGE_LIMIT} of them, by the age index. A purge
     * runs at about one claim in a hundred and may remove a thousand rows, ten for every key claimed meanwhile, so
     * the table shrinks back to its retention however many keys piled up, and no claim pays for more than a
     * thousand deletions. Returns how many it deleted.
     */
    static int purge(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from core.idempotent_request where ctid = any(array("
                + "select ctid from core.idempotent_request where created_at < now() - make_interval(days => ?)"
                + " order by created_at limit ?))")) {
            s.setInt(1, RETENTION_DAYS);
            s.setInt(2, PURGE_LIMIT);
            return s.executeUpdate();
        }
    }
}
