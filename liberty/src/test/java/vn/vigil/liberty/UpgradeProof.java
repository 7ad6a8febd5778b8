package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Run once (a second Liberty, about a minute): {@code ./mvnw verify -pl liberty -Dit.test=UpgradeProof -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}. The previous release's demo database ({@link ReleaseFixture}) is rebuilt
 * in an empty database, and a whole server of today's build is started on it, as an upgrade in production is: its
 * start validates the release's migrations, applies the newer ones and becomes ready; every row of the release is
 * still there; the release's accounts sign in with their passwords and see its data; and the audit log the release
 * wrote, which had no chain yet, is sealed into today's chain and verifies whole.
 */
class UpgradeProof {

    private static final String DATABASE = "vigil_upgrade_proof";

    private final Path wlp =
            Paths.get(System.getProperty("vigil.wlp-dir", "target/liberty/wlp")).toAbsolutePath();
    private ProbeServer server;

    @Test
    void todaysServerStartsOnThePreviousReleasesDatabaseAndServesEverythingItStored() throws Exception {
        ReleaseFixture release = ReleaseFixture.previousRelease();
        int port;
        try (Connection c = Database.connect();
                Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select inet_server_port()")) {
                r.next();
                port = r.getInt(1);
            }
            s.execute("drop database if exists " + DATABASE + " with (force)");
            s.execute("create database " + DATABASE);
        }
        long started = System.nanoTime();
        release.restoreInto(ReleaseFixture.dataSource(port, DATABASE));
        long restored = System.nanoTime();

        server = ProbeServer.copyOfTheTestedServer(
                wlp, "upgrade-probe", 19380, ProbeServer.database(port, DATABASE, "postgres", true));
        server.start();
        server.await("/health/ready", r -> r.statusCode() == 200);
        long ready = System.nanoTime();
        assertThat(server.log()).as("the upgrade's start").doesNotContain("CWWKZ0002E");
        // before anyone signs in (which records the time on the account)
        int rows;
        try (Connection c = ReleaseFixture.dataSource(port, DATABASE).getConnection()) {
            rows = release.assertEveryRowKept(c, false);
        }

        HttpResponse<String> establishments =
                server.get("/api/v1/establishments?size=1", "Authorization", DemoAccount.ADMIN.basicAuth());
        assertThat(establishments.statusCode())
                .as("the release's administrator signs in with the release's password")
                .isEqualTo(200);
        assertThat(object(establishments).getJsonNumber("total").longValue())
                .as("establishments served from the upgraded database")
                .isEqualTo(release.tables.get("inspection.establishment").rows().size());

        long releaseEntries = release.tables.get("core.audit_entry").rows().size();
        JsonObject chain = object(server.await(
                "/api/v1/audit-entries/chain",
                r -> r.statusCode() == 200
                        && object(r).getJsonNumber("linksChecked").longValue() >= releaseEntries,
                "Authorization",
                DemoAccount.ADMIN.basicAuth()));
        assertThat(!chain.containsKey("firstBrokenSeq") || chain.isNull("firstBrokenSeq"))
                .as("the release's audit log, sealed after the upgrade, verifies whole: %s", chain)
                .isTrue();

        System.out.printf(
                "[upgrade] release %s: %d tables, %d rows rebuilt in %.1f s; today's build ready on them in %.1f s;"
                        + " %d audit links verified whole%n",
                release.release,
                release.tables.size(),
                rows,
                (restored - started) / 1e9,
                (ready - restored) / 1e9,
                chain.getJsonNumber("linksChecked").longValue());
    }

    private static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.stop();
        }
    }
}
