package vn.vigil.core.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vigil.core.testing.TestDatabase;

/**
 * The core schema and its seed data, migrated by Flyway into a real PostgreSQL database of this test's own, and the
 * rules the database keeps by itself.
 */
class CoreMigrationTest {

    private static final String CURRENT_DONG_NAI =
            "(select id from core.administrative_unit where code = '75' and valid_to is null)";

    private static DataSource db;
    private static int appliedFirst;

    @BeforeAll
    static void migrateAnEmptyDatabase() {
        db = TestDatabase.newEmptyDatabase();
        appliedFirst = SchemaMigrator.migrate(db, List.of(CoreSchemaAccess.coreSchema()));
    }

    @Test
    void appliesEveryCoreMigrationOnceInOrder() throws SQLException {
        assertThat(appliedFirst).isEqualTo(16);
        assertThat(strings("select version || ':' || type || ':' || success from core.flyway_schema_history"
                        + " where version is not null order by installed_rank"))
                .containsExactly(
                        "1:SQL:true",
                        "2:JDBC:true",
                        "3:JDBC:true",
                        "4:JDBC:true",
                        "5:SQL:true",
                        "11:SQL:true",
                        "12:SQL:true",
                        "13:SQL:true",
                        "14:SQL:true",
                        "15:SQL:true",
                        "16:SQL:true",
                        "17:SQL:true",
                        "18:SQL:true",
                        "19:SQL:true",
                        "20:SQL:true",
                        "21:SQL:true");
    }

    @Test
    void migratingAgainAppliesNothing() throws SQLException {
        long rowsBefore = count("select count(*) from core.administrative_unit");

        int applied = SchemaMigrator.migrate(db, List.of(CoreSchemaAccess.coreSchema()));

        assertThat(applied).isZero();
        assertThat(count("select count(*) from core.administrative_unit")).isEqualTo(rowsBefore);
    }

    @Test
    void theSchemaVersionIsTheLastMigrationApplied() {
        assertThat(SchemaMigrator.versions(db, List.of(CoreSchemaAccess.coreSchema())))
                .isEqualTo("core 21");
        assertThat(SchemaMigrator.versions(TestDatabase.newEmptyDatabase(), List.of(CoreSchemaAccess.coreSchema())))
                .as("a database never migrated")
                .isEqualTo("core none");
    }

    @Test
    void thirtyFourProvincesAreInForceToday() throws SQLException {
        String provincesInForce = "select count(*) from core.administrative_unit where level = 'PROVINCE'"
                + " and valid_from <= ? and (valid_to is null or valid_to >= ?)";

        assertThat(countOn(provincesInForce, LocalDate.now())).isEqualTo(34);
        assertThat(countOn(provincesInForce, LocalDate.of(2025, 6, 30)))
                .as("on the day before the merger only the former units in the seed were in force")
                .isEqualTo(2);
    }

    @Test
    void dongNaiIsInForceWithItsNinetyFiveCommunes() throws SQLException {
        assertThat(strings("select name || '|' || level || '|' || valid_from from core.administrative_unit"
                        + " where id = " + CURRENT_DONG_NAI))
                .containsExactly("Tỉnh Đồng Nai|PROVINCE|2025-07-01");
        assertThat(countOn(
                        "select count(*) from core.administrative_unit where level = 'COMMUNE'"
                                + " and parent_id = " + CURRENT_DONG_NAI
                                + " and valid_from <= ? and (valid_to is null or valid_to >= ?)",
                        LocalDate.now()))
                .isEqualTo(95);
        assertThat(count("select count(*) from core.administrative_unit where level = 'COMMUNE'"
                        + " and valid_to is null and (parent_id is null or parent_id <> " + CURRENT_DONG_NAI + ")"))
                .as("every current commune of the seed hangs under the current Đồng Nai")
                .isZero();
    }

    @ParameterizedTest(name = "{0} ({1}) ended on 2025-06-30 and is succeeded by {2}")
    @CsvSource({
        "70,    Tỉnh Bình Phước,               75",
        "75,    Tỉnh Đồng Nai (trước sắp xếp), 75",
        "731,   Thành phố Biên Hòa,            75-001",
        "689,   Thành phố Đồng Xoài,           75-016",
        "26080, Phường Tam Hiệp (cũ),          75-003",
    })
    void formerUnitsPointToTheirSuccessors(String code, String name, String successorCode) throws SQLException {
        assertThat(strings("select u.name || '|' || u.valid_to || '|' || s.code || '|' || s.valid_from"
                        + " || '|' || coalesce(s.valid_to::text, 'open')"
                        + " from core.administrative_unit u join core.administrative_unit s on s.id = u.successor_id"
                        + " where u.code = '" + code + "' and u.valid_to is not null"))
                .containsExactly(name + "|2025-06-30|" + successorCode + "|2025-07-01|open");
    }

    @Test
    void historyKeepsTheFormerParents() throws SQLException {
        assertThat(strings("select p.name from core.administrative_unit u"
                        + " join core.administrative_unit p on p.id = u.parent_id where u.code = '731'"))
                .containsExactly("Tỉnh Đồng Nai (trước sắp xếp)");
        assertThat(strings("select p.name from core.administrative_unit u"
                        + " join core.administrative_unit p on p.id = u.parent_id where u.code = '689'"))
                .containsExactly("Tỉnh Bình Phước");
    }

    @Test
    void namesAreFoldedForSearch() throws SQLException {
        assertThat(strings("select name_folded from core.administrative_unit where code = '75-001'"))
                .containsExactly("phuong bien hoa");
        assertThat(count("select count(*) from core.administrative_unit where name_folded <> lower(name_folded)"
                        + " or name_folded ~ '[^a-z0-9 ()\\-]'"))
                .isZero();
    }

    @Test
    void holidaysAreSeeded() throws SQLException {
        assertThat(count("select count(*) from core.holiday")).isEqualTo(30);
        assertThat(strings("select day || ' ' || kind from core.holiday"
                        + " where day between date '2026-02-14' and date '2026-02-22' order by day"))
                .containsExactly(
                        "2026-02-16 PUBLIC_HOLIDAY",
                        "2026-02-17 PUBLIC_HOLIDAY",
                        "2026-02-18 PUBLIC_HOLIDAY",
                        "2026-02-19 PUBLIC_HOLIDAY",
                        "2026-02-20 PUBLIC_HOLIDAY");
        assertThat(strings(
                        "select name from core.holiday where day = date '2025-04-26' and kind = 'MAKE_UP_WORKING_DAY'"))
                .containsExactly("Làm bù cho ngày 02/5");
    }

    @Test
    void theEightCommitteeMembersAreSeeded() throws SQLException {
        Map<String, String> kinds = new TreeMap<>();
        for (String row : strings("select code || '=' || kind from core.department where created_by = 'system'")) {
            String[] parts = row.split("=");
            kinds.put(parts[0], parts[1]);
        }

        assertThat(kinds)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "BCD138", "COMMITTEE",
                        "CA", "POLICE",
                        "SYT", "HEALTH",
                        "SNV", "HOME_AFFAIRS",
                        "SVHTTDL", "CULTURE",
                        "STP", "JUSTICE",
                        "STC", "FINANCE",
                        "HLHPN", "WOMENS_UNION"));
        assertThat(count("select count(*) from core.department where active and version = 0"))
                .isEqualTo(8);
    }

    @Test
    void theAuditLogRefusesUpdates() throws SQLException {
        inRolledBackTransaction(c -> {
            long id = insertAuditEntry(c);
            assertThatThrownBy(() -> execute(c, "update core.audit_entry set actor = 'mallory' where id = " + id))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo("42501");
                        assertThat(e.getMessage()).contains("append-only");
                    });
        });
    }

    @Test
    void theAuditLogRefusesDeletes() throws SQLException {
        inRolledBackTransaction(c -> {
            long id = insertAuditEntry(c);
            assertThatThrownBy(() -> execute(c, "delete from core.audit_entry where id = " + id))
                    .isInstanceOfSatisfying(
                            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        });
    }

    @Test
    void theAuditLogRefusesTruncate() throws SQLException {
        inRolledBackTransaction(c -> {
            insertAuditEntry(c);
            // with the seals, which reference the entries, a truncate even with its seals is refused as append-only
            assertThatThrownBy(() -> execute(c, "truncate core.audit_entry, core.audit_seal"))
                    .isInstanceOfSatisfying(
                            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        });
    }

    @ParameterizedTest(name = "a make-up working day on {0} is refused")
    @ValueSource(strings = {"2099-01-05", "2099-01-09"}) // a Monday, a Friday
    void aMakeUpWorkingDayMustFallOnAWeekend(String weekday) throws SQLException {
        inRolledBackTransaction(c -> assertThatThrownBy(() -> insertHoliday(c, weekday, "MAKE_UP_WORKING_DAY"))
                .isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("23514");
                    assertThat(e.getMessage()).contains("holiday_make_up_on_weekend");
                }));
    }

    @ParameterizedTest(name = "{1} on {0} is accepted")
    @CsvSource({"2099-01-03, MAKE_UP_WORKING_DAY", "2099-01-04, MAKE_UP_WORKING_DAY", "2099-01-05, PUBLIC_HOLIDAY"})
    void otherHolidaysAreAccepted(String day, String kind) throws SQLException {
        inRolledBackTransaction(c -> assertThat(insertHoliday(c, day, kind)).isEqualTo(1));
    }

    @ParameterizedTest(name = "username \"{0}\" is refused by the database")
    @ValueSource(strings = {"NguyenVD", "Admin", "ab", "nguyễn", "nguyen vd"})
    void theDatabaseRefusesMalformedUsernames(String username) throws SQLException {
        inRolledBackTransaction(c -> assertThatThrownBy(() -> insertUser(c, username))
                .isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("23514");
                    assertThat(e.getMessage()).contains("user_account_username_format");
                }));
    }

    @Test
    void theDatabaseAcceptsAWellFormedUsername() throws SQLException {
        inRolledBackTransaction(
                c -> assertThat(insertUser(c, "nguyen.vd-2026_x")).isEqualTo(1));
    }

    @Test
    void oneCurrentVersionPerCode() throws SQLException {
        inRolledBackTransaction(c -> assertThatThrownBy(() -> execute(
                        c,
                        "insert into core.administrative_unit (code, name, name_folded, level, kind, valid_from,"
                                + " created_at, created_by, updated_at, updated_by) values ('75', 'Tỉnh Đồng Nai 2',"
                                + " 'tinh dong nai 2', 'PROVINCE', 'TINH', date '2030-01-01', now(), 't', now(), 't')"))
                .isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("23505");
                    assertThat(e.getMessage()).contains("administrative_unit_current_code");
                }));
    }

    // --- helpers

    @FunctionalInterface
    private interface SqlWork {
        void run(Connection c) throws SQLException;
    }

    private static void inRolledBackTransaction(SqlWork work) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
            } finally {
                c.rollback();
            }
        }
    }

    private static int execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    private static long insertAuditEntry(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("insert into core.audit_entry (actor, action, entity_type, entity_id)"
                        + " values ('tester', 'TEST', 'Nothing', '1') returning id")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int insertHoliday(Connection c, String day, String kind) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into core.holiday (day, kind, name, created_at,"
                + " created_by, updated_at, updated_by) values (?, ?, 'Thử', now(), 't', now(), 't')")) {
            s.setDate(1, Date.valueOf(day));
            s.setString(2, kind);
            return s.executeUpdate();
        }
    }

    private static int insertUser(Connection c, String username) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into core.user_account (username, full_name,"
                + " full_name_folded, password_hash, created_at, created_by, updated_at, updated_by)"
                + " values (?, 'Thử', 'thu', 'x', now(), 't', now(), 't')")) {
            s.setString(1, username);
            return s.executeUpdate();
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long countOn(String sql, LocalDate day) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setDate(1, Date.valueOf(day));
            s.setDate(2, Date.valueOf(day));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<String> strings(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
