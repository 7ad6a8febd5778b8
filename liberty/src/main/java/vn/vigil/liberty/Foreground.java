package vn.vigil.liberty;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps the run command in the foreground while Liberty serves Vigil, and stops the server on Ctrl+C (the embedded
 * database's own hook then stops PostgreSQL).
 *
 * <p>It watches the server's JVM: when that ends for any reason (stopped, killed, out of memory, crashed) it says so
 * in one line, with where the log and any heap dump are, and exits with status 1, which stops the embedded
 * PostgreSQL cleanly through its shutdown hook, so nothing is left running and the next run starts on the same data.
 *
 * <p>Arguments: the Liberty installation ({@code wlp}), the HTTP port to show, and the server name (default vigil).
 */
public final class Foreground {

    /** Exit status of the run command when the server ended without being asked to by the run command itself. */
    static final int SERVER_ENDED = 1;

    private static final AtomicBoolean STOPPING = new AtomicBoolean();

    private Foreground() {}

    public static void main(String[] args) throws InterruptedException {
        Path wlp = Paths.get(args[0]).toAbsolutePath();
        String port = args.length > 1 ? args[1] : "9080";
        String serverName = args.length > 2 ? args[2] : "vigil";
        ServerProcess server = new ServerProcess(wlp, serverName);
        Optional<ProcessHandle> liberty = server.find();
        if (liberty.isEmpty()) {
            System.out.println("[vigil] The Liberty server is not running (no live process in " + server.pidFile()
                    + "); log: " + server.messagesLog());
            System.exit(SERVER_ENDED);
            return;
        }
        ProcessHandle process = liberty.get();
        // the embedded database's shutdown hook lets the server stop before it stops PostgreSQL
        System.setProperty(EmbeddedDatabase.SERVER_PID_PROPERTY, Long.toString(process.pid()));
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> stopServer(wlp, serverName, process), "vigil-liberty-stop"));
        System.out.println();
        System.out.println("[vigil] Vigil is running at http://localhost:" + port + "/  (demo accounts: see README)");
        System.out.println("[vigil] OpenAPI UI: http://localhost:" + port + "/openapi/ui   Health: http://localhost:"
                + port + "/health");
        System.out.println("[vigil] Press Ctrl+C to stop.");
        process.onExit().join();
        if (STOPPING.get()) {
            // Ctrl+C: the shutdown hooks stop everything and the JVM ends with them; Maven must not go on meanwhile
            Thread.currentThread().join();
        }
        System.out.println("[vigil] " + server.describeEnd(process.pid()) + ". Stopping.");
        System.exit(SERVER_ENDED);
    }

    /** JDK classes only: runs as Maven shuts down. Nothing to stop when the server has already ended. */
    static void stopServer(Path wlp, String serverName, ProcessHandle liberty) {
        STOPPING.set(true);
        if (!liberty.isAlive()) {
            return;
        }
        try {
            Process p = new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", serverName)
                    .inheritIO()
                    .start();
            p.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.io.IOException | RuntimeException t) {
            System.err.println("[vigil] Could not stop Liberty: " + t);
        }
    }
}
