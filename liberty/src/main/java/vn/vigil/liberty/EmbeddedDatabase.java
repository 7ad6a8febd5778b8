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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts a real PostgreSQL (zonky's embedded binaries) inside the Maven JVM, before the Liberty goals, and hands
 * its coordinates to the server as {@code liberty.var.db.*} properties.
 *
 * <p>Mode "run" keeps its data folder, so what people enter survives a restart; mode "test" starts from an empty
 * folder every time. The database stops when Maven exits. It is for running and testing on one machine only: a
 * production server takes an external PostgreSQL from DB_HOST, DB_PORT, DB_NAME, DB_USER and DB_PASSWORD.
 */
public final class EmbeddedDatabase {

    private static final String DATABASE = "vigil";

    private EmbeddedDatabase() {}

    public static void main(String[] args) throws IOException, SQLException, InterruptedException {
        String mode = args.length > 0 ? args[0] : "run";
        Path dataDir = Paths.get(args.length > 1 ? args[1] : System.getProperty("user.home") + "/.vigil/postgres")
                .toAbsolutePath();
        if (System.getenv("DB_HOST") != null) {
            System.out.println("[vigil] DB_HOST is set: using the external PostgreSQL at " + System.getenv("DB_HOST"));
            return;
        }
        boolean keep = "run".equals(mode);
        Files.createDirectories(dataDir.getParent());
        stopLeftover(dataDir);
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
                // its own hook fails once Maven has closed the plugin class loader; ours (JDK classes only) stops it
                .setRegisterShutdownHook(false);
        if (keep) {
            // zonky turns durability off for speed; data people enter must survive a crash
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        EmbeddedPostgres postgres = builder.start();
        int port = postgres.getPort();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    s.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                }
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(dataDir), "vigil-embedded-postgres-stop"));
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

    /** A crashed earlier run can leave its server running on the same folder: stop it first. */
    private static void stopLeftover(Path dataDir) throws InterruptedException {
        if (Files.exists(dataDir.resolve("postmaster.pid"))) {
            stop(dataDir);
        }
    }

    /** Uses JDK classes only: by the time shutdown hooks run, Maven has closed the plugin's class loader. */
    static void stop(Path dataDir) {
        try {
            Path pidFile = dataDir.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return;
            }
            List<String> lines = Files.readAllLines(pidFile);
            long pid = Long.parseLong(lines.get(0).trim());
            Optional<ProcessHandle> postmaster = ProcessHandle.of(pid);
            if (postmaster.isEmpty()) {
                return;
            }
            Optional<String> command = postmaster.get().info().command();
            if (command.isPresent()) {
                Path pgCtl = Paths.get(command.get()).resolveSibling("pg_ctl");
                Process p = new ProcessBuilder(pgCtl.toString(), "-D", dataDir.toString(), "-m", "fast", "-w", "stop")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                // pg_ctl refuses to run as root (PostgreSQL itself then runs as root in containers): signal it then
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return;
                }
            }
            postmaster.get().destroy();
        } catch (IOException | RuntimeException e) {
            System.err.println("[vigil] Could not stop embedded PostgreSQL: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
