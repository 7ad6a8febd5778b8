package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Run once (a second Liberty server, about a minute): {@code ./mvnw verify -pl liberty -Dit.test=ProductionStartProof
 * -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}. A second server of the build's installation, with the packaged
 * server.xml and WAR, on the test database, demo data off and every secret left at its development default: it must
 * say so in one SEVERE line and keep /health/ready DOWN, with the check naming the settings.
 */
class ProductionStartProof {

    static final String SERVER = "production-probe";
    static final int PORT = 19180;

    private final Path wlp =
            Paths.get(System.getProperty("vigil.wlp-dir", "target/liberty/wlp")).toAbsolutePath();

    @Test
    void theServerWithDevelopmentSecretsAndNoDemoDataNeverBecomesReady() throws Exception {
        Path tested = wlp.resolve("usr/servers/vigil");
        Path probe = wlp.resolve("usr/servers/" + SERVER);
        stop();
        ChildRun.deleteFolder(probe);
        // the tested server as the build installed it (server.xml, jvm.options, the WAR, the JDBC driver library),
        // without its logs, work area or settings
        try (Stream<Path> files = Files.walk(tested)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                String relative = tested.relativize(source).toString();
                if (relative.startsWith("logs")
                        || relative.startsWith("workarea")
                        || relative.startsWith("configDropins")
                        || relative.startsWith("apps/expanded")
                        || relative.startsWith("tranlog")) {
                    continue;
                }
                Path target = probe.resolve(relative);
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.createDirectories(probe.resolve("configDropins/overrides"));
        // the test database, other ports, demo data off; no secret given, so every one is the development default
        Files.writeString(probe.resolve("configDropins/overrides/probe.xml"), """
                <server>
                  <variable name="http.port" value="%d"/>
                  <variable name="https.port" value="%d"/>
                  <variable name="db.host" value="localhost"/>
                  <variable name="db.port" value="%s"/>
                  <variable name="db.name" value="vigil"/>
                  <variable name="db.user" value="postgres"/>
                  <variable name="db.password" value="vigil"/>
                  <variable name="db.sslmode" value="disable"/>
                  <variable name="vigil.demo-data" value="false"/>
                </server>
                """.formatted(
                        PORT, PORT + 363, testDatabasePort(tested)));

        long started = System.nanoTime();
        Process start = new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", SERVER)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(start.waitFor(3, TimeUnit.MINUTES)).isTrue();

        HttpResponse<String> ready = awaitAnAnswer();
        System.out.printf(
                "[production-start] answered %d after %.1f s: %s%n",
                ready.statusCode(), (System.nanoTime() - started) / 1e9, ready.body());
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body())
                .contains("\"name\":\"production-secrets\"")
                .contains("\"status\":\"DOWN\"")
                .contains("vigil.identity.keys")
                .contains("vigil.audit.chain-key");
        String log = Files.readString(probe.resolve("logs/messages.log"));
        assertThat(log)
                .containsPattern(" E Vigil will not serve: db.password, vigil.audit.chain-key,"
                        + " vigil.identity.digest-key, vigil.identity.keys still hold the development defaults");
        Thread.sleep(5_000);
        assertThat(health("/health/ready").statusCode()).as("still not ready").isEqualTo(503);
    }

    /**
     * The database password of this probe is the development default "vigil" (the test database's own account is
     * postgres/postgres): the check must name it, and the database must still be reachable for the rest to start.
     */
    private static String testDatabasePort(Path tested) throws IOException {
        String overrides =
                Files.readString(tested.resolve("configDropins/overrides/liberty-plugin-variable-config.xml"));
        Matcher port = Pattern.compile("name=\"db.port\" value=\"(\\d+)\"").matcher(overrides);
        assertThat(port.find()).as("the test database's port").isTrue();
        return port.group(1);
    }

    private HttpResponse<String> awaitAnAnswer() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = health("/health/ready");
                if (response.body().contains("production-secrets")) {
                    return response;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the probe server never answered /health/ready");
    }

    private static HttpResponse<String> health(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @AfterEach
    void stop() throws IOException, InterruptedException {
        if (Files.exists(wlp.resolve("usr/servers/" + SERVER))) {
            new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", SERVER)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor(2, TimeUnit.MINUTES);
        }
    }
}
