package vn.vigil.core.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vigil.core.api.audit.AuditChainStatus;
import vn.vigil.core.domain.AuditLink;

/**
 * The audit chain in {@code core.audit_seal}. Sealing takes the entries not sealed yet, in id order, among those
 * written since shortly before the last sealed one (the window covers transactions still open while later ones
 * committed), and appends one link each; a PostgreSQL advisory lock makes one server seal at a time. Verifying walks
 * the links in order, 5,000 at a time, recomputes each hash and stops at the first that differs or whose entry is
 * gone; it also counts entries older than the window that are not sealed (slipped in behind the application).
 */
@ApplicationScoped
public class AuditChain {

    static final int BATCH = 500;
    static final int WALK = 5_000;
    /** Longer than any transaction may stay open (Liberty's default timeout is two minutes). */
    static final Duration WINDOW = Duration.ofMinutes(10);

    private static final long LOCK = 7_243_101L;

    @Resource(lookup = "jdbc/vigil")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "vigil.audit.chain-key")
    String key;

    protected AuditChain() {}

    public AuditChain(DataSource dataSource, String key) {
        this.dataSource = dataSource;
        this.key = key;
    }

    /** What one batch sealed: how many entries, and the last entry's id (to continue after it). */
    public record Sealed(int count, long lastEntryId) {}

    /**
     * Seals up to {@link #BATCH} waiting entries with ids above {@code afterEntryId} in one transaction (a sweep starts
     * at 0 and continues after each batch's last entry, so a first sealing of a long log reads it once).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Sealed sealBatch(long afterEntryId) {
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("select pg_advisory_xact_lock(" + LOCK + ")");
            }
            long seq = 0;
            String previous = AuditLink.GENESIS;
            Instant lastTime = null;
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select s.seq, s.hash, e.occurred_at from core.audit_seal s"
                            + " join core.audit_entry e on e.id = s.entry_id order by s.seq desc limit 1")) {
                if (r.next()) {
                    seq = r.getLong(1);
                    previous = r.getString(2);
                    lastTime = r.getTimestamp(3).toInstant();
                }
            }
            List<AuditLink.Fields> entries = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select id, occurred_at, actor, action, entity_type,"
                    + " entity_id, detail from core.audit_entry e where e.occurred_at >= ? and e.id > ? and not exists"
                    + " (select 1 from core.audit_seal s where s.entry_id = e.id) order by e.id limit " + BATCH)) {
                s.setTimestamp(1, Timestamp.from(lastTime == null ? Instant.EPOCH : lastTime.minus(WINDOW)));
                s.setLong(2, afterEntryId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        entries.add(fields(r));
                    }
                }
            }
            try (PreparedStatement s =
                    c.prepareStatement("insert into core.audit_seal (seq, entry_id, hash) values (?, ?, ?)")) {
                for (AuditLink.Fields e : entries) {
                    seq++;
                    previous = AuditLink.hash(key(), previous, seq, e);
                    s.setLong(1, seq);
                    s.setLong(2, e.id());
                    s.setString(3, previous);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return new Sealed(
                    entries.size(),
                    entries.isEmpty()
                            ? afterEntryId
                            : entries.get(entries.size() - 1).id());
        } catch (SQLException e) {
            throw new IllegalStateException("sealing the audit log failed", e);
        }
    }

    /** Walks the whole chain. */
    public AuditChainStatus verify() {
        long started = System.nanoTime();
        long checked = 0;
        String previous = AuditLink.GENESIS;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select s.seq, s.hash, e.id, e.occurred_at, e.actor,"
                        + " e.action, e.entity_type, e.entity_id, e.detail, s.entry_id from core.audit_seal s"
                        + " left join core.audit_entry e on e.id = s.entry_id where s.seq > ? order by s.seq limit "
                        + WALK)) {
            long after = 0;
            while (true) {
                s.setLong(1, after);
                int rows = 0;
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows++;
                        long seq = r.getLong(1);
                        long entry = r.getLong(10);
                        if (seq != after + 1) {
                            return broken(checked, after + 1, entry, "a link is missing before this one", c, started);
                        }
                        if (r.getObject(3) == null) {
                            return broken(checked, seq, entry, "the entry it seals is gone", c, started);
                        }
                        String expected = AuditLink.hash(key(), previous, seq, fields(r, 3));
                        if (!expected.equals(r.getString(2))) {
                            return broken(checked, seq, entry, "the entry or its link was changed", c, started);
                        }
                        previous = expected;
                        after = seq;
                        checked++;
                    }
                }
                if (rows < WALK) {
                    break;
                }
            }
            return new AuditChainStatus(checked, null, null, null, unsealedOld(c), millis(started));
        } catch (SQLException e) {
            throw new IllegalStateException("verifying the audit log failed", e);
        }
    }

    private AuditChainStatus broken(long checked, long seq, long entry, String reason, Connection c, long started)
            throws SQLException {
        return new AuditChainStatus(checked, seq, entry, reason, unsealedOld(c), millis(started));
    }

    private static long unsealedOld(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select count(*) from core.audit_entry e where e.occurred_at < ?"
                + " and not exists (select 1 from core.audit_seal s where s.entry_id = e.id)")) {
            s.setTimestamp(1, Timestamp.from(Instant.now().minus(WINDOW)));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private byte[] key() {
        return key.getBytes(StandardCharsets.UTF_8);
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static AuditLink.Fields fields(ResultSet r) throws SQLException {
        return fields(r, 1);
    }

    private static AuditLink.Fields fields(ResultSet r, int first) throws SQLException {
        return new AuditLink.Fields(
                r.getLong(first),
                r.getTimestamp(first + 1).toInstant(),
                r.getString(first + 2),
                r.getString(first + 3),
                r.getString(first + 4),
                r.getString(first + 5),
                r.getString(first + 6));
    }
}
