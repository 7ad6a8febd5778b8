package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A second Liberty server for the proofs that run once: a copy of the tested server as the build installed it
 * (server.xml, jvm.options, the WAR, the JDBC driver library), without its logs, work area or settings, given its own
 * variables (ports, database, demo data) and started and stopped with Liberty's own script.
 */
final class ProbeServer {

    private final Path wlp;
    private final String name;
    private final int port;

    /** Sessions used meanwhile are written to the store every {@code session.write-interval} (10 s), and a little. */
    static final Duration SESSION_WRITE = Duration.ofSeconds(12);

    /** Waits until the sessions used so far are in the session store, as a crash after that leaves them. */
    static void awaitSessionsWritten() throws InterruptedException {
        Thread.sleep(SESSION_WRITE.toMillis());
    }

    private ProbeServer(Path wlp, String name, int port) {
        this.wlp = wlp;
        this.name = name;
        this.port = port;
    }

    /** A fresh copy of the tested server, listening on {@code port}, with these server.xml variables. */
    static ProbeServer copyOfTheTestedServer(Path wlp, String name, int port, String variables) throws IOException {
        ProbeServer server = new ProbeServer(wlp, name, port);
        server.stop();
        Path tested = wlp.resolve("usr/servers/vigil");
        Path probe = server.dir();
        ChildRun.deleteFolder(probe);
        try (Stream<Path> files = Files.walk(tested)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                String relative = tested.relativize(source).toString();
                if (Stream.of("logs", "workarea", "configDropins", "apps/expanded", "tranlog")
                        .anyMatch(relative::startsWith)) {
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
        Files.writeString(
                probe.resolve("configDropins/overrides/probe.xml"),
                "<server>\n  <variable name=\"http.port\" value=\"" + port + "\"/>\n"
                        + "  <variable name=\"https.port\" value=\"" + (port + 363) + "\"/>\n" + variables
                        + "</server>\n");
        return server;
    }

    /**
     * The variables that point a probe at a PostgreSQL on this machine, as its superuser; a null password leaves the
     * development default (the embedded database takes any).
     */
    static String database(Object port, String password, boolean demoData) {
        return database(port, "vigil", password, demoData);
    }

    /** As {@link #database(Object, String, boolean)}, for the database of that name. */
    static String database(Object port, String name, String password, boolean demoData) {
        return "  <variable name=\"db.host\" value=\"localhost\"/>\n"
                + "  <variable name=\"db.port\" value=\"" + port + "\"/>\n"
                + "  <variable name=\"db.name\" value=\"" + name + "\"/>\n"
                + "  <variable name=\"db.user\" value=\"postgres\"/>\n"
                + (password == null ? "" : "  <variable name=\"db.password\" value=\"" + password + "\"/>\n")
                + "  <variable name=\"db.sslmode\" value=\"disable\"/>\n"
                + "  <variable name=\"vigil.demo-data\" value=\"" + demoData + "\"/>\n";
    }

    /** The port of the test database, from the tested server's settings. */
    static String testDatabasePort(Path wlp) throws IOException {
        String overrides = Files.readString(
                wlp.resolve("usr/servers/vigil/configDropins/overrides/liberty-plugin-variable-config.xml"));
        Matcher port = Pattern.compile("name=\"db.port\" value=\"(\\d+)\"").matcher(overrides);
        assertThat(port.find()).as("the test database's port").isTrue();
        return port.group(1);
    }

    Path dir() {
        return wlp.resolve("usr/servers/" + name);
    }

    String log() throws IOException {
        return Files.readString(dir().resolve("logs/messages.log"));
    }

    void start() throws IOException, InterruptedException {
        assertThat(script("start").waitFor(3, TimeUnit.MINUTES)).isTrue();
    }

    void stop() throws IOException {
        if (Files.exists(dir())) {
            try {
                script("stop").waitFor(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The first answer of {@code path} that satisfies {@code wanted}, within four minutes of starting. */
    HttpResponse<String> await(String path, Predicate<HttpResponse<String>> wanted, String... headers)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = get(path, headers);
                if (wanted.test(response)) {
                    return response;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(name + " never answered " + path + " as wanted");
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Process script(String action) throws IOException {
        return new ProcessBuilder(wlp.resolve("bin/server").toString(), action, name)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
