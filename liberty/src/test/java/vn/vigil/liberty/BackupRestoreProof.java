package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.Json;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Run once (a second PostgreSQL and a second Liberty, about a minute): {@code ./mvnw verify -pl liberty
 * -Dit.test=BackupRestoreProof -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}. An online base backup of the
 * test database, taken with PostgreSQL's own low-level API while Vigil serves (pg_backup_start, a copy of the data
 * folder, pg_backup_stop and its backup label, the write-ahead log of the copy), is restored into an empty folder; a
 * PostgreSQL started on it recovers to a consistent state; every table holds what the live database held; and Vigil
 * started on it is ready and serves the same data. (pg_dump would be the nightly tool, docs/operations.md; this
 * machine has no PostgreSQL 17 client to run it.)
 */
class BackupRestoreProof {

    /** Folders PostgreSQL rebuilds at start: copied empty (PostgreSQL's documentation on base backups). */
    private static final Set<String> EMPTY = Set.of(
            "pg_wal",
            "pg_replslot",
            "pg_stat_tmp",
            "pg_dynshmem",
            "pg_notify",
            "pg_serial",
            "pg_snapshots",
            "pg_subtrans");
    /** Written by the live server after the backup's end (the audit seal sweep), so compared as at least. */
    private static final Set<String> STILL_GROWING = Set.of("core.audit_entry", "core.audit_seal");

    private final Path wlp =
            Paths.get(System.getProperty("vigil.wlp-dir", "target/liberty/wlp")).toAbsolutePath();
    private final Path backup = Paths.get("target", "backup-proof", "data").toAbsolutePath();
    private EmbeddedPostgres restored;
    private ProbeServer server;

    @Test
    void aBaseBackupRestoredIntoAnEmptyFolderServesVigilWithEveryRow() throws Exception {
        ChildRun.deleteFolder(backup.getParent());
        Files.createDirectories(backup);
        Map<String, Long> live;
        long started = System.nanoTime();
        try (Connection c = Database.connect();
                Statement s = c.createStatement()) {
            Path data = Paths.get(single(s, "show data_directory"));
            s.execute("select pg_backup_start('vigil backup proof', true)");
            copy(data, backup);
            String label = single(s, "select labelfile from pg_backup_stop(false)");
            Files.writeString(backup.resolve("backup_label"), label);
            // the write-ahead log from the backup's start to its end, for the restored server to replay
            try (Stream<Path> wal = Files.list(data.resolve("pg_wal"))) {
                for (Path segment : (Iterable<Path>) wal::iterator) {
                    if (Files.isRegularFile(segment)) {
                        Files.copy(segment, backup.resolve("pg_wal").resolve(segment.getFileName()));
                    }
                }
            }
            live = counts(c);
        }
        long copied = System.nanoTime();

        // PostgreSQL starts only on a folder its owner alone may enter
        Files.setPosixFilePermissions(backup, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        Files.deleteIfExists(backup.resolve("epg-lock"));
        Path log = backup.resolveSibling("postgres.log");
        restored = EmbeddedPostgres.builder()
                .setDataDirectory(backup)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setCleanDataDirectory(false)
                .setPGStartupWait(java.time.Duration.ofSeconds(120))
                .start();
        Map<String, Long> back;
        try (Connection c = restored.getDatabase("postgres", "vigil").getConnection()) {
            back = counts(c);
        }
        assertThat(back.keySet()).isEqualTo(live.keySet());
        live.forEach((table, rows) -> {
            if (STILL_GROWING.contains(table)) {
                assertThat(back.get(table)).as(table).isPositive().isLessThanOrEqualTo(rows);
            } else {
                assertThat(back.get(table)).as(table).isEqualTo(rows);
            }
        });

        server = ProbeServer.copyOfTheTestedServer(
                wlp, "restore-probe", 19280, ProbeServer.database(restored.getPort(), "postgres", true));
        server.start();
        HttpResponse<String> ready = server.await("/health/ready", r -> r.statusCode() == 200);
        long served = System.nanoTime();
        HttpResponse<String> establishments =
                server.get("/api/v1/establishments?size=1", "Authorization", DemoAccount.ADMIN.basicAuth());
        assertThat(establishments.statusCode()).isEqualTo(200);
        long total = Json.createReader(new java.io.StringReader(establishments.body()))
                .readObject()
                .getJsonNumber("total")
                .longValue();
        assertThat(total)
                .as("establishments served from the restored database")
                .isEqualTo(live.get("inspection.establishment"));

        System.out.printf(
                "[backup] %d tables, %d rows; backup taken in %.1f s (%d MB), restored and ready for Vigil in %.1f s;"
                        + " %s%n",
                live.size(),
                live.values().stream().mapToLong(Long::longValue).sum(),
                (copied - started) / 1e9,
                size(backup) / (1024 * 1024),
                (served - copied) / 1e9,
                ready.body());
    }

    private static void copy(Path data, Path into) throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path relative = data.relativize(source);
                String top =
                        relative.getNameCount() == 0 ? "" : relative.getName(0).toString();
                if (relative.toString().equals("postmaster.pid")
                        || relative.toString().equals("postmaster.opts")) {
                    continue;
                }
                if (EMPTY.contains(top) && relative.getNameCount() > 1) {
                    continue;
                }
                Path target = into.resolve(relative.toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (java.nio.file.NoSuchFileException goneMeanwhile) {
                    // a temporary file the live server removed while it was being copied: the WAL replay covers it
                }
            }
        }
    }

    private static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement s = c.createStatement();
                ResultSet tables = s.executeQuery("select table_schema || '.' || table_name from"
                        + " information_schema.tables where table_type = 'BASE TABLE'"
                        + " and table_schema in ('core', 'inspection', 'violation', 'victim', 'reporting')")) {
            while (tables.next()) {
                counts.put(tables.getString(1), 0L);
            }
        }
        for (String table : counts.keySet()) {
            try (Statement s = c.createStatement()) {
                counts.put(table, Long.parseLong(single(s, "select count(*) from " + table)));
            }
        }
        return counts;
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.stop();
        }
        if (restored != null) {
            restored.close();
        }
    }
}
