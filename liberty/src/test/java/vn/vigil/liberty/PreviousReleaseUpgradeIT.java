package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vigil.core.infrastructure.SchemaMigrator;

/**
 * Today's migrations on the previous release's database: the demo database of release 4dd5906 (the last one before
 * issue 12, kept as {@link ReleaseFixture}), rebuilt in a database of its own beside the test database and upgraded
 * by {@link SchemaMigrator} as the server does at start. The released migrations must be those the release applied
 * (same scripts, same checksums, or Flyway refuses to start), only the newer ones run, and every row the release
 * stored is there afterwards as it was. {@code UpgradeProof} (run once) starts a whole server of today's build on it.
 */
class PreviousReleaseUpgradeIT {

    private static final String DATABASE = "vigil_previous_release";

    private static ReleaseFixture release;
    private static int port;

    @BeforeAll
    static void readTheFixture() throws Exception {
        release = ReleaseFixture.previousRelease();
        try (Connection c = Database.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select inet_server_port()")) {
            r.next();
            port = r.getInt(1);
        }
    }

    @Test
    void theMigrationsTheReleaseAppliedAreUnchangedInTodaysBuild() throws SQLException {
        try (Connection today = Database.connect()) {
            for (var schema : ReleaseFixture.SCHEMAS) {
                Map<String, String> applied = release.history(schema.schema());
                Map<String, String> todays = history(today, schema.schema());
                assertThat(applied)
                        .as("what release %s applied to %s", release.release, schema.schema())
                        .isNotEmpty();
                applied.forEach((migration, checksum) -> assertThat(todays)
                        .as("schema %s: a released migration is never edited, renamed or removed", schema.schema())
                        .containsEntry(migration, checksum));
            }
        }
    }

    @Test
    void todaysMigrationsUpgradeTheReleasesDatabaseAndKeepEveryRowItStored() throws Exception {
        try (Connection admin = Database.connect();
                Statement s = admin.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
            s.execute("create database " + DATABASE);
        }
        DataSource upgraded = ReleaseFixture.dataSource(port, DATABASE);
        release.restoreInto(upgraded);

        int newer;
        try (Connection today = Database.connect()) {
            newer = 0;
            for (var schema : ReleaseFixture.SCHEMAS) {
                newer += history(today, schema.schema()).size()
                        - release.history(schema.schema()).size();
            }
        }
        assertThat(newer)
                .as("migrations newer than release %s", release.release)
                .isPositive();
        assertThat(SchemaMigrator.migrate(upgraded, ReleaseFixture.SCHEMAS))
                .as("today's migrations run on the release's database: only the newer ones")
                .isEqualTo(newer);

        try (Connection c = upgraded.getConnection()) {
            assertThat(release.assertEveryRowKept(c, true))
                    .as("rows the release stored")
                    .isGreaterThan(3000);
            assertThat(InvariantCheck.violations(c))
                    .as("every module's invariants hold on the upgraded data")
                    .isEmpty();
        }
    }

    /** Flyway's history of one schema, as version and script to checksum. */
    private static Map<String, String> history(Connection c, String schema) throws SQLException {
        Map<String, String> applied = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select coalesce(version, '\\N'), script, coalesce(checksum::text, '\\N')"
                        + " from " + schema + "." + ReleaseFixture.HISTORY + " order by installed_rank")) {
            while (r.next()) {
                applied.put(r.getString(1) + " " + r.getString(2), r.getString(3));
            }
        }
        return applied;
    }
}
