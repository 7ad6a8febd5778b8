package vn.vigil.core.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.audit.AuditChainStatus;
import vn.vigil.core.testing.TestDatabase;

/**
 * The audit chain on PostgreSQL, attacked as someone with the database's owner rights would: an entry edited, an entry
 * and its seal deleted, an entry slipped in with an old date, the chain re-sealed without the key. Each is caught and
 * the first broken link named.
 */
class AuditChainTest {

    private static final String KEY = "a province's audit chain key";

    private static DataSource freshLog(int entries) throws SQLException {
        DataSource db = TestDatabase.newEmptyDatabase();
        SchemaMigrator.migrate(db, List.of(CoreSchemaAccess.coreSchema()));
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("insert into core.audit_entry (occurred_at, actor, action,"
                        + " entity_type, entity_id, detail) values (?, 'vanphong', 'APPROVAL_APPROVE', 'TaskReport', ?,"
                        + " ?)")) {
            Instant start = Instant.now().minus(1, ChronoUnit.MINUTES);
            for (int i = 1; i <= entries; i++) {
                s.setTimestamp(1, Timestamp.from(start.plusMillis(i)));
                s.setString(2, String.valueOf(i));
                s.setString(3, i % 7 == 0 ? null : "Phê duyệt số liệu kỳ " + i);
                s.addBatch();
            }
            s.executeBatch();
        }
        return db;
    }

    private static AuditSealer sealer(DataSource db, String key) {
        AuditSealer sealer = new AuditSealer();
        sealer.chain = new AuditChain(db, key);
        return sealer;
    }

    private static long entryId(DataSource db, String entityId) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                var r = s.executeQuery("select id from core.audit_entry where entity_id = '" + entityId + "'")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void behindTheBack(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute("alter table core.audit_entry disable trigger audit_entry_no_update_delete");
            s.execute("alter table core.audit_seal disable trigger audit_seal_no_update_delete");
            s.execute(sql);
            s.execute("alter table core.audit_entry enable trigger audit_entry_no_update_delete");
            s.execute("alter table core.audit_seal enable trigger audit_seal_no_update_delete");
        }
    }

    @Test
    void everyEntryIsSealedOnceInBatchesAndTheWholeChainVerifies() throws SQLException {
        DataSource db = freshLog(1_203);
        AuditSealer sealer = sealer(db, KEY);
        assertThat(sealer.sealAll()).isEqualTo(1_203);
        assertThat(sealer.sealAll()).as("nothing is sealed twice").isZero();
        AuditChainStatus status = sealer.verify();
        assertThat(status.whole()).as(status.toString()).isTrue();
        assertThat(status.linksChecked()).isEqualTo(1_203);
        assertThat(sealer(db, "another key").verify().firstBrokenSeq())
                .as("a chain re-sealed without the key does not verify")
                .isEqualTo(1L);
    }

    @Test
    void anEntryEditedBehindTheApplicationsBackIsTheFirstBrokenLink() throws SQLException {
        DataSource db = freshLog(40);
        AuditSealer sealer = sealer(db, KEY);
        sealer.sealAll();
        long edited = entryId(db, "17");
        behindTheBack(db, "update core.audit_entry set detail = 'Không có gì' where id = " + edited);
        AuditChainStatus status = sealer.verify();
        assertThat(status.whole()).isFalse();
        assertThat(status.firstBrokenEntryId()).isEqualTo(edited);
        assertThat(status.linksChecked()).isEqualTo(16);
        assertThat(status.reason()).contains("changed");
    }

    @Test
    void anEntryDeletedWithItsSealBreaksTheChainWhereItWas() throws SQLException {
        DataSource db = freshLog(40);
        AuditSealer sealer = sealer(db, KEY);
        sealer.sealAll();
        long deleted = entryId(db, "25");
        behindTheBack(
                db,
                "delete from core.audit_seal where entry_id = " + deleted + "; delete from core.audit_entry where id = "
                        + deleted);
        AuditChainStatus status = sealer.verify();
        assertThat(status.firstBrokenSeq()).isEqualTo(25L);
        assertThat(status.reason()).contains("missing");
    }

    @Test
    void anEntrySlippedInWithAnOldDateIsNeverSealedAndIsCounted() throws SQLException {
        DataSource db = freshLog(10);
        AuditSealer sealer = sealer(db, KEY);
        sealer.sealAll();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute("insert into core.audit_entry (occurred_at, actor, action, entity_type) values"
                    + " (now() - interval '2 days', 'admin', 'USER_CREATED', 'UserAccount')");
        }
        AuditChainStatus status = sealer.verify();
        assertThat(status.firstBrokenSeq()).isNull();
        assertThat(status.unsealedOld()).isEqualTo(1);
        assertThat(status.whole()).isFalse();
    }
}
