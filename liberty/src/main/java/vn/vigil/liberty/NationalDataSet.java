package vn.vigil.liberty;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Generates a national-scale data set into a running Vigil's database: commune-level units for every province,
 * 300,000 establishments, the inspection teams and their members, 3,000,000 visits over ten years with their
 * members, violation cases with their acts, history, payments and numbered documents, the visits' records with their
 * indicators, findings, people present, evidence photos and published events, 20,000 victim cases (some from the
 * indicator referrals of visits) with their support requests and the budget lines and ledger that pay for them, then
 * the risk recompute and fresh planner statistics. Everything is set-based SQL (the scripts in
 * {@code national-data-set/}). A database that already holds generated data is left alone.
 *
 * <p>Two cores are used, and two transactions. The first loads the establishments, teams, visits and their members
 * and commits them, with the loaded tables' secondary indexes and constraints dropped. Then a second connection
 * builds the visits' and members' indexes and booking (exclusion) constraints, the longest single piece of work,
 * while the first loads everything else from its own copy of the visits, never touching the tables the second has
 * locked; when both are done the first rebuilds the rest, foreign keys last, and commits. Only if the second
 * transaction commits is the set marked complete (in {@code public.national_data_set}); a database holding a set
 * that stopped part-way is refused, with what to do.
 *
 * <p>Run by the {@code generate} profile after the run profile has started Vigil (which migrated the schemas and
 * loaded the demo data): {@code ./mvnw -Prun,generate verify}. Arguments: the HTTP port to wait on for readiness;
 * sizes from the system properties {@code vigil.generate.establishments} and {@code vigil.generate.visits}.
 */
public final class NationalDataSet {

    private static final List<String> SCRIPTS = List.of(
            "00-helpers.sql",
            "01-communes.sql",
            "02-establishments.sql",
            "03-teams.sql",
            "04-visits.sql",
            "05-violation-cases.sql",
            "06-visit-records.sql",
            "07-victim-cases.sql",
            "08-funds.sql");
    /** The scripts committed first: the establishments, teams, visits and their members. */
    private static final int COMMITTED_FIRST = 5;
    /** The tables whose own indexes and booking constraints a second connection builds during the rest of the load. */
    private static final Set<String> BOOKING_TABLES = Set.of("inspection.visit", "inspection.visit_member");

    private static final List<String> LOADED_TABLES = List.of(
            "inspection.establishment",
            "inspection.visit",
            "inspection.visit_member",
            "inspection.visit_record",
            "inspection.visit_record_indicator",
            "inspection.visit_record_finding",
            "inspection.visit_record_person",
            "inspection.visit_record_answer",
            "inspection.visit_record_photo",
            "inspection.visit_evidence");
    private static final String PARTIAL = "The national data set in this database stopped part-way: its establishments,"
            + " teams and visits were committed, the rest was not. Stop Vigil, delete the data folder given as"
            + " vigil.data.dir and generate again.";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int VISITS_PER_TEAM = 2000;

    private final long started = System.nanoTime();

    private NationalDataSet() {}

    public static void main(String[] args) throws Exception {
        waitUntilReady(args.length > 0 ? args[0] : "9080");
        int establishments = Integer.getInteger("vigil.generate.establishments", 300_000);
        int visits = Integer.getInteger("vigil.generate.visits", 3_000_000);
        try (Connection c = connect()) {
            new NationalDataSet().generate(c, establishments, visits);
        }
    }

    private void generate(Connection c, int establishments, int visits) throws Exception {
        if (exists(c, "select 1 from pg_tables where schemaname = 'public' and tablename = 'national_data_set'")
                && exists(c, "select 1 from public.national_data_set where completed_at is null")) {
            throw new IllegalStateException(PARTIAL);
        }
        if (exists(c, "select 1 from core.administrative_unit where created_by = 'generator'")) {
            log("this database already holds a generated data set: nothing to do");
            return;
        }
        if (!exists(c, "select 1 from core.user_account where username = 'inspector'")) {
            throw new IllegalStateException("Generated data belongs beside the demo data, and this database has none");
        }
        log("generating " + establishments + " establishments and " + visits + " visits");
        LocalDate today = LocalDate.now(VIETNAM);
        c.setAutoCommit(false);
        DeferredIndexes deferred;
        try (Statement s = c.createStatement()) {
            configure(c, false, today, establishments, visits);
            s.execute("""
                    create table if not exists public.national_data_set (
                        started_at timestamptz not null, completed_at timestamptz,
                        establishments integer not null, visits integer not null)""");
            try (PreparedStatement started = c.prepareStatement(
                    "insert into public.national_data_set (started_at, establishments, visits) values (now(), ?, ?)")) {
                started.setInt(1, establishments);
                started.setInt(2, visits);
                started.execute();
            }
            deferred = DeferredIndexes.drop(c, LOADED_TABLES);
            log("dropped " + deferred.count() + " secondary indexes and constraints for the load");
            runScripts(c, SCRIPTS.subList(0, COMMITTED_FIRST));
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
        log("establishments, teams and visits committed; the visits' booking constraints are built beside the rest");
        ExecutorService second = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<Void> locked = new CompletableFuture<>();
            Future<?> bookings = second.submit(() -> buildBookingConstraints(deferred, locked));
            locked.get();
            try {
                runScripts(c, SCRIPTS.subList(COMMITTED_FIRST, SCRIPTS.size()));
            } catch (SQLException | IOException | RuntimeException e) {
                // the second connection's work stands on committed rows: let it end, and report the first failure
                try {
                    bookings.get();
                } catch (ExecutionException alsoFailed) {
                    e.addSuppressed(alsoFailed.getCause());
                }
                throw e;
            }
            bookings.get();
            finish(c, today, deferred);
            try (Statement s = c.createStatement()) {
                s.execute("update public.national_data_set set completed_at = now() where completed_at is null");
            }
            c.commit();
        } catch (Exception e) {
            c.rollback();
            throw new IllegalStateException(PARTIAL, e);
        } finally {
            second.shutdownNow();
        }
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("analyze");
        }
        log("statistics refreshed");
        summary(c);
    }

    /** On its own connection: locks the visits' tables first, says so, then builds their indexes and constraints. */
    private Void buildBookingConstraints(DeferredIndexes deferred, CompletableFuture<Void> locked) throws SQLException {
        try (Connection b = connect()) {
            b.setAutoCommit(false);
            try (Statement s = b.createStatement()) {
                s.execute("set local maintenance_work_mem = '1GB'");
                s.execute("lock table inspection.visit, inspection.visit_member in access exclusive mode");
                locked.complete(null);
                deferred.restoreOwn(b, BOOKING_TABLES, message -> log("(second connection) " + message));
                b.commit();
            } catch (SQLException | RuntimeException e) {
                b.rollback();
                throw e;
            }
            return null;
        } catch (SQLException | RuntimeException e) {
            locked.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * Adds the data set inside the caller's transaction, as of {@code today}, and leaves committing (or rolling back)
     * to the caller: the generation's test runs it on the test database and rolls it back.
     */
    static void load(Connection c, LocalDate today, int establishments, int visits) throws SQLException, IOException {
        NationalDataSet generator = new NationalDataSet();
        configure(c, true, today, establishments, visits);
        DeferredIndexes deferred = DeferredIndexes.drop(c, LOADED_TABLES);
        generator.runScripts(c, SCRIPTS);
        generator.finish(c, today, deferred);
    }

    /** The generator's settings, for the transaction ({@code local}) or for the session. */
    private static void configure(Connection c, boolean local, LocalDate today, int establishments, int visits)
            throws SQLException {
        setting(c, "work_mem", "256MB", local);
        setting(c, "maintenance_work_mem", "1GB", local);
        setting(c, "vigil.today", today.toString(), local);
        setting(c, "vigil.establishments", Integer.toString(establishments), local);
        setting(c, "vigil.visits", Integer.toString(visits), local);
        setting(c, "vigil.visits_per_team", Integer.toString(VISITS_PER_TEAM), local);
        // the reporting read model's triggers capture nothing of the load; the read model is rebuilt afterwards
        setting(c, "vigil.bulk_load", "on", local);
    }

    private void runScripts(Connection c, List<String> scripts) throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            for (String script : scripts) {
                long start = System.nanoTime();
                s.execute(script(script));
                log(script + " done in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            }
        }
    }

    /** The risk recompute, then every index and constraint still missing. */
    private void finish(Connection c, LocalDate today, DeferredIndexes deferred) throws SQLException {
        // while the secondary indexes are away, so updating 300,000 rows does not maintain them
        try (PreparedStatement recompute =
                c.prepareStatement("select inspection.recompute_risk_scores(null, null, ?)")) {
            recompute.setObject(1, today);
            recompute.execute();
        }
        log("risk scores recomputed");
        deferred.restore(c, this::log);
        log("indexes and constraints rebuilt and checked");
        try (Statement s = c.createStatement()) {
            // the read model no longer counts everything: the running server sees it was never built and rebuilds it
            s.execute("delete from reporting.dirty_slice");
            s.execute("delete from reporting.rebuild_run");
        }
        log("reporting read model marked for a rebuild (Vigil starts it within 30 s)");
    }

    private void summary(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        select (select count(*) from core.administrative_unit where level = 'COMMUNE' and valid_to is null),
                               (select count(*) from inspection.establishment),
                               (select count(*) from inspection.inspection_team),
                               (select count(*) from inspection.visit),
                               (select count(*) from inspection.visit_member),
                               pg_size_pretty(pg_database_size(current_database())),
                               (select count(*) from violation.violation_case),
                               (select count(*) from victim.victim_case),
                               (select count(*) from victim.support_request),
                               (select count(*) from victim.ledger_entry),
                               (select count(*) from inspection.visit_record),
                               (select count(*) from inspection.visit_evidence)
                        """)) {
            rs.next();
            log(String.format(
                    "done: %,d communes in force, %,d establishments, %,d teams, %,d visits, %,d visit members,"
                            + " %,d visit records, %,d pieces of evidence; %,d violation cases, %,d victim cases,"
                            + " %,d support requests, %,d ledger entries; database %s",
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getLong(3),
                    rs.getLong(4),
                    rs.getLong(5),
                    rs.getLong(11),
                    rs.getLong(12),
                    rs.getLong(7),
                    rs.getLong(8),
                    rs.getLong(9),
                    rs.getLong(10),
                    rs.getString(6)));
        }
    }

    /** The run profile's embedded database hands its coordinates over as Liberty variables; else DB_* variables. */
    static Connection connect() throws SQLException {
        // a data source, not DriverManager: under exec:java the driver sits in a class loader DriverManager ignores
        PGSimpleDataSource db = new PGSimpleDataSource();
        db.setServerNames(new String[] {coordinate("host", "DB_HOST", "localhost")});
        db.setPortNumbers(new int[] {Integer.parseInt(coordinate("port", "DB_PORT", "5432"))});
        db.setDatabaseName(coordinate("name", "DB_NAME", "vigil"));
        db.setUser(coordinate("user", "DB_USER", "vigil"));
        db.setPassword(coordinate("password", "DB_PASSWORD", "vigil"));
        return db.getConnection();
    }

    private static String coordinate(String variable, String environment, String fallback) {
        String value = System.getProperty("liberty.var.db." + variable, System.getenv(environment));
        return value == null ? fallback : value;
    }

    /** Vigil migrates its schemas and loads the demo data as it starts; generation waits for that. */
    static void waitUntilReady(String httpPort) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        URI ready = URI.create("http://localhost:" + httpPort + "/health/ready");
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            try {
                HttpRequest request = HttpRequest.newBuilder(ready)
                        .timeout(Duration.ofSeconds(10))
                        .build();
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Vigil was not ready at " + ready + " within 5 minutes");
            }
            Thread.sleep(2000);
        }
    }

    private static boolean exists(Connection c, String query) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            return rs.next();
        }
    }

    private static void setting(Connection c, String name, String value, boolean local) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select set_config(?, ?, ?)")) {
            s.setString(1, name);
            s.setString(2, value);
            s.setBoolean(3, local);
            s.execute();
        }
    }

    private static String script(String name) throws IOException {
        try (InputStream in = NationalDataSet.class.getResourceAsStream("/national-data-set/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing generator script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void log(String message) {
        System.out.printf(
                "[vigil] national data set (%ds): %s%n", (System.nanoTime() - started) / 1_000_000_000, message);
    }
}
