package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the run command tells the end of the server's JVM from what the server left in its folder. */
class ServerProcessTest {

    @TempDir
    Path wlp;

    private ServerProcess server;
    private Path serverDir;

    @BeforeEach
    void aServerThatLogged() throws IOException {
        server = new ServerProcess(wlp, "vigil");
        serverDir = wlp.resolve("usr/servers/vigil");
        Files.createDirectories(serverDir.resolve("logs"));
        Files.writeString(
                serverDir.resolve("logs/messages.log"),
                "A CWWKF0011I: The vigil server is ready to run a smarter planet.\n");
        Files.writeString(serverDir.resolve("logs/console.log"), "Launching vigil\n");
    }

    @Test
    void aServerThatLeftNoShutdownMessageWasKilled() {
        assertThat(server.describeEnd(4711))
                .isEqualTo("The Liberty server (process 4711) has ended: it was killed without a shutdown message"
                        + " (kill -9, the system's out-of-memory killer or a crash); log: "
                        + serverDir.resolve("logs/messages.log") + "; no heap dump");
    }

    @Test
    void aServerOutOfMemoryNamesItsHeapDump() throws IOException {
        Files.writeString(
                serverDir.resolve("logs/console.log"),
                "java.lang.OutOfMemoryError: Java heap space\nDumping heap to java_pid4711.hprof ...\n"
                        + "Terminating due to java.lang.OutOfMemoryError: Java heap space\n");
        Files.writeString(serverDir.resolve("java_pid4711.hprof"), "");

        assertThat(server.describeEnd(4711))
                .contains("it ran out of memory (java.lang.OutOfMemoryError)")
                .endsWith("; heap dump: " + serverDir.resolve("java_pid4711.hprof"));
    }

    @Test
    void aServerThatCrashedPointsToItsFatalErrorLog() throws IOException {
        Files.writeString(serverDir.resolve("hs_err_pid4711.log"), "# A fatal error has been detected\n");

        assertThat(server.describeEnd(4711))
                .contains("it crashed (JVM fatal error, see " + serverDir.resolve("hs_err_pid4711.log") + ")");
    }

    @Test
    void aServerStoppedWithTheServerCommandSaysSo() throws IOException {
        Files.writeString(
                serverDir.resolve("logs/messages.log"),
                "A CWWKE0036I: The server vigil stopped after 42.1 seconds.\n",
                java.nio.file.StandardOpenOption.APPEND);

        assertThat(server.describeEnd(4711)).contains("it was stopped (CWWKE0036I)");
    }

    @Test
    void aStalePidFileNamesNoRunningServer() throws IOException {
        Files.createDirectories(server.pidFile().getParent());
        Files.writeString(server.pidFile(), ProcessHandle.current().pid() + "\n");

        assertThat(server.find()).as("this JVM does not run that installation").isEmpty();
    }
}
