package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The run command on a data folder that an earlier run left behind: real run commands ({@link RunCommand}) in child
 * JVMs, real PostgreSQL servers, real kill -9. Each test has its own folder under target/leftover-database, its own
 * child JVMs and PostgreSQL servers on free ports, so the three run at once: each waits most of its time on child
 * processes starting (22 s one after the other).
 */
@Execution(ExecutionMode.CONCURRENT)
class LeftoverDatabaseTest {

    private static final Duration START = Duration.ofSeconds(90);

    private final List<ChildRun> runs = new ArrayList<>();
    private Path folder;
    private Path outputs;

    @Test
    void aRunStartsOnTheFolderOfARunThatWasKilledAndKeepsItsData(TestInfo test) throws Exception {
        prepare(test);
        ChildRun first = run("first");
        record(first.awaitDatabasePort(START), "entered before the crash");
        first.kill();
        ProcessHandle orphan = Postmaster.of(folder).orElseThrow(() -> new AssertionError("no orphaned PostgreSQL"));

        ChildRun second = run("second");
        int port = second.awaitDatabasePort(START);

        assertThat(second.lines())
                .contains("[vigil] Stopping the PostgreSQL (process " + orphan.pid()
                        + ") that an earlier run left running on " + folder);
        assertThat(orphan.isAlive()).isFalse();
        assertThat(recorded(port)).containsExactly("entered before the crash");
    }

    @Test
    void aRunLeavesAFolderThatALiveRunUsesAloneAndNamesThatRun(TestInfo test) throws Exception {
        prepare(test);
        ChildRun first = run("first");
        int port = first.awaitDatabasePort(START);
        first.awaitLine("[run-command] database ready", START);
        ProcessHandle postmaster = Postmaster.of(folder).orElseThrow();

        ChildRun second = run("second");

        assertThat(second.awaitExit(START)).isEqualTo(1);
        assertThat(second.lines())
                .containsExactly("[vigil] The data folder " + folder + " is in use by another running Vigil (process "
                        + first.pid() + ", java): stop that run with Ctrl+C in its window or kill " + first.pid()
                        + ", or give this one another folder with -Dvigil.data.dir=...");
        assertThat(postmaster.isAlive()).isTrue();
        record(port, "the first run still answers");
    }

    @Test
    void aRunRecoversTheFolderAfterAPowerCut(TestInfo test) throws Exception {
        prepare(test);
        ChildRun first = run("first");
        record(first.awaitDatabasePort(START), "committed before the power cut");
        ProcessHandle postmaster = Postmaster.of(folder).orElseThrow();
        // everything dies at once, without a shutdown checkpoint
        List<ProcessHandle> servers = new ArrayList<>(postmaster.descendants().toList());
        servers.add(postmaster);
        first.kill();
        servers.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle server : servers) {
            server.onExit().get();
        }
        // after the reboot another program has the process id that postmaster.pid names
        Path pidFile = folder.resolve("postmaster.pid");
        List<String> lines = new ArrayList<>(Files.readAllLines(pidFile));
        lines.set(0, Long.toString(ProcessHandle.current().pid()));
        Files.write(pidFile, lines);

        ChildRun second = run("second");
        int port = second.awaitDatabasePort(START);

        assertThat(second.lines())
                .anyMatch(
                        l -> l.startsWith("[vigil] Removed the stale postmaster.pid of a crashed run from " + folder));
        assertThat(recorded(port)).containsExactly("committed before the power cut");
    }

    private void prepare(TestInfo test) throws IOException {
        String name = test.getTestMethod().orElseThrow().getName();
        folder = Paths.get("target", "leftover-database", name, "postgres").toAbsolutePath();
        outputs = folder.getParent();
        ChildRun.deleteFolder(outputs);
    }

    private ChildRun run(String name) {
        ChildRun run = ChildRun.start(outputs.resolve(name + ".out"), folder.toString());
        runs.add(run);
        return run;
    }

    @AfterEach
    void stopEverythingStarted() {
        runs.forEach(ChildRun::close);
        if (folder != null) {
            Postmaster.of(folder).ifPresent(Postmaster::stop);
        }
    }

    private static void record(int port, String note) throws SQLException {
        try (Connection c = database(port).getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table if not exists crash_note (note text not null)");
            s.execute("insert into crash_note values ('" + note + "')");
        }
    }

    private static List<String> recorded(int port) throws SQLException {
        List<String> notes = new ArrayList<>();
        try (Connection c = database(port).getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select note from crash_note")) {
            while (rs.next()) {
                notes.add(rs.getString(1));
            }
        }
        return notes;
    }

    private static PGSimpleDataSource database(int port) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"localhost"});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName("vigil");
        ds.setUser("postgres");
        return ds;
    }
}
