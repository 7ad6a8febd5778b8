package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Run once (a second Liberty server, about a minute): {@code ./mvnw verify -pl liberty -Dit.test=ProductionStartProof
 * -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}. A second server of the build's installation, with the packaged
 * server.xml and WAR, on the test database, demo data off and every secret left at its development default: it must
 * say so in one SEVERE line and keep /health/ready DOWN, with the check naming the settings.
 */
class ProductionStartProof {

    private final Path wlp =
            Paths.get(System.getProperty("vigil.wlp-dir", "target/liberty/wlp")).toAbsolutePath();
    private ProbeServer server;

    @Test
    void theServerWithDevelopmentSecretsAndNoDemoDataNeverBecomesReady() throws Exception {
        // the test database (its account takes any password), demo data off, no secret given: all development defaults
        server = ProbeServer.copyOfTheTestedServer(
                wlp, "production-probe", 19180, ProbeServer.database(ProbeServer.testDatabasePort(wlp), null, false));
        long started = System.nanoTime();
        server.start();

        HttpResponse<String> ready = server.await("/health/ready", r -> r.body().contains("production-secrets"));
        System.out.printf(
                "[production-start] answered %d after %.1f s: %s%n",
                ready.statusCode(), (System.nanoTime() - started) / 1e9, ready.body());
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body())
                .contains("\"name\":\"production-secrets\"")
                .contains("\"status\":\"DOWN\"")
                .contains("vigil.identity.keys")
                .contains("vigil.audit.chain-key");
        assertThat(server.log())
                .containsPattern(" E Vigil will not serve: db.password, vigil.audit.chain-key,"
                        + " vigil.identity.digest-key, vigil.identity.keys still hold the development defaults");
        Thread.sleep(5_000);
        assertThat(server.get("/health/ready").statusCode())
                .as("still not ready")
                .isEqualTo(503);
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.stop();
        }
    }
}
