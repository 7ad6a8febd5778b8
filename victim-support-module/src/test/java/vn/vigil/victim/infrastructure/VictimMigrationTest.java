package vn.vigil.victim.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vigil.core.infrastructure.CoreSchemaAccess;
import vn.vigil.core.testing.TestDatabase;

class VictimMigrationTest {

    private static DataSource db;

    @BeforeAll
    static void migrate() {
        TestDatabase.migrate(List.of(CoreSchemaAccess.coreSchema(), VictimSchemaAccess.victimSchema()));
        db = TestDatabase.dataSource();
    }

    @Test
    void aClosedCaseMustSayWhenAndWhy() throws SQLException {
        long person = insertPerson();
        assertThatThrownBy(() -> execute("insert into victim.victim_case (code, person_id, person_status, person_role,"
                        + " received_on, received_place, received_by, verification_due, case_worker,"
                        + " consent_to_processing, status, created_at, created_by, updated_at, updated_by)"
                        + " values ('MIG-CLOSED-1', " + person + ", 'UNDER_VERIFICATION', 'VICTIM', date '2026-11-02',"
                        + " 'UBND xã', 'Công an xã', date '2026-11-05', 'caseworker', true, 'CLOSED', now(), 't', now(),"
                        + " 't')"))
                .hasMessageContaining("victim_case_closure");
    }

    @Test
    void anOpenCaseOfAVictimIsAccepted() throws SQLException {
        long person = insertPerson();
        execute("insert into victim.victim_case (code, person_id, person_status, person_role,"
                + " received_on, received_place, received_by, verification_due, case_worker,"
                + " consent_to_processing, status, created_at, created_by, updated_at, updated_by)"
                + " values ('MIG-OPEN-1', " + person + ", 'UNDER_VERIFICATION', 'VICTIM', date '2026-11-02',"
                + " 'UBND xã', 'Công an xã', date '2026-11-05', 'caseworker', true, 'OPEN', now(), 't', now(), 't')");
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                var rs = s.executeQuery("select count(*) from victim.victim_case where code = 'MIG-OPEN-1'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    private static long insertPerson() throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                var rs = s.executeQuery("insert into victim.person (key_version, full_name, name_digest, sex,"
                        + " nationality, created_at, created_by, updated_at, updated_by) values (2, '\\x00'::bytea,"
                        + " 'digest', 'FEMALE', 'VN', now(), 't', now(), 't') returning id")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
