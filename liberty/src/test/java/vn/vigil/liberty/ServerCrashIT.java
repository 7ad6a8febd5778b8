package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The run command when the Liberty server's JVM dies under it. A real run command ({@link RunCommand}: embedded
 * PostgreSQL, {@code server start}, {@link Foreground}) runs in a child JVM against a real Liberty server of the
 * build's installation; to start in seconds that server, {@value #SERVER}, has no features and no application
 * (Foreground watches a JVM, whatever it serves). The test server the other ITs use is not touched.
 */
class ServerCrashIT {

    private static final String SERVER = "crash-probe";
    private static final Duration START = Duration.ofSeconds(150);

    private final Path wlp =
            Paths.get(System.getProperty("vigil.wlp-dir", "target/liberty/wlp")).toAbsolutePath();
    private final Path folder = Paths.get("target", "server-crash", "postgres").toAbsolutePath();
    private ChildRun run;

    @Test
    void whenTheServerIsKilledTheRunCommandSaysSoStopsTheDatabaseAndExitsNonZero() throws Exception {
        prepareServer();
        run = ChildRun.start(folder.resolveSibling("run-command.out"), folder.toString(), wlp.toString(), SERVER);
        run.awaitLine("[vigil] Vigil is running at", START);
        ProcessHandle liberty = new ServerProcess(wlp, SERVER).find().orElseThrow();
        ProcessHandle postmaster = Postmaster.of(folder).orElseThrow();

        liberty.destroyForcibly();

        assertThat(run.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
        Path serverDir = wlp.resolve("usr/servers/" + SERVER);
        assertThat(run.lines())
                .contains("[vigil] The Liberty server (process " + liberty.pid() + ") has ended: it was killed without"
                        + " a shutdown message (kill -9, the system's out-of-memory killer or a crash); log: "
                        + serverDir.resolve("logs/messages.log") + "; no heap dump. Stopping.")
                .contains("[vigil] Embedded PostgreSQL stopped (data in " + folder + ")");
        assertThat(postmaster.isAlive()).isFalse();
        assertThat(folder.resolve("postmaster.pid"))
                .as("PostgreSQL stopped cleanly")
                .doesNotExist();
    }

    /** A server without features: the kernel alone starts in a few seconds. */
    private void prepareServer() throws IOException {
        Path serverDir = wlp.resolve("usr/servers/" + SERVER);
        stopEverythingStarted(); // left by an interrupted earlier test run
        ChildRun.deleteFolder(serverDir);
        ChildRun.deleteFolder(folder.getParent());
        Files.createDirectories(serverDir);
        Files.writeString(
                serverDir.resolve("server.xml"),
                "<server description=\"stands in for Vigil in ServerCrashIT\"><featureManager/></server>\n");
    }

    @AfterEach
    void stopEverythingStarted() {
        if (run != null) {
            run.close();
        }
        Optional<ProcessHandle> liberty = new ServerProcess(wlp, SERVER).find();
        liberty.ifPresent(ProcessHandle::destroyForcibly);
        Postmaster.of(folder).ifPresent(Postmaster::stop);
    }
}
