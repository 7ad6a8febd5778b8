package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Long work (here the establishment import) runs on the bounded background executor, two tasks at a time, under the
 * background budget instead of the 5 s ceiling of requests; requests meanwhile keep the rest of the pool.
 */
class BackgroundWorkIT {

    private static final String HEADER = "name,business_line_code,registration_no,owner_name,legal_representative,"
            + "phone,address,commune_code,latitude,longitude,licence_valid_from,licence_valid_until";

    private static SlowInserts slowInserts;

    @BeforeAll
    static void slowDownMarkedInserts() throws SQLException {
        Vigil.baseUrl();
        slowInserts = SlowInserts.install();
    }

    @AfterAll
    static void removeTheTrigger() throws SQLException {
        slowInserts.close();
    }

    @Test
    void anImportMayRunPastTheCeilingOfRequests() throws SQLException {
        String name = SlowInserts.name(8, "Karaoke Nhập Lâu " + Unique.code("B"));
        long started = System.nanoTime();

        HttpResponse<String> response = importFile(name);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("its insert really took longer than the 5 s a request may")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(8));
        assertThat(SlowInserts.establishmentsNamed(name)).isEqualTo(1);
    }

    @Test
    void aRefusedImportIsExplainedInTheCallersLanguage() {
        HttpResponse<String> response = Vigil.send(Vigil.request("/api/v1/establishments/imports?dryRun=false")
                .header("Authorization", DemoAccount.INSPECTOR.basicAuth())
                .header("Accept-Language", "en")
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(
                        HEADER + "\n" + row("IT Karaoke Sai Xã " + Unique.code("R"), "99-999") + "\n",
                        StandardCharsets.UTF_8))
                .build());

        Problems.assertProblem(response, 400);
        assertThat(Problems.detail(response)).contains("The file has 1 bad rows, so nothing was imported");
    }

    @Test
    void longWorkRunsTwoAtATimeWhileRequestsGoOn() throws Exception {
        long usual = 0;
        for (int i = 0; i < 3; i++) {
            usual = Math.max(usual, timedSearch());
        }
        ExecutorService callers = Executors.newFixedThreadPool(4);
        List<Future<HttpResponse<String>>> imports = new ArrayList<>();
        int mostAtOnce = 0;
        long slowest = 0;
        try (Connection watcher = Database.connect();
                Statement s = watcher.createStatement()) {
            for (int i = 0; i < 4; i++) {
                String name = SlowInserts.name(5, "Karaoke Xếp Hàng " + i + " " + Unique.code("Q"));
                imports.add(callers.submit(() -> importFile(name)));
            }
            // measured once two imports hold their connections, sleeping in the database, and two more wait
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (runningImports(s) < 2 && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(100);
            }
            while (!imports.stream().allMatch(Future::isDone)) {
                mostAtOnce = Math.max(mostAtOnce, runningImports(s));
                slowest = Math.max(slowest, timedSearch());
                TimeUnit.MILLISECONDS.sleep(200);
            }
        } finally {
            callers.shutdown();
        }

        System.out.printf(
                "[BackgroundWorkIT] 4 imports: at most %d running at once; a search took at most %d ms meanwhile,"
                        + " %d ms before%n",
                mostAtOnce, TimeUnit.NANOSECONDS.toMillis(slowest), TimeUnit.NANOSECONDS.toMillis(usual));
        for (Future<HttpResponse<String>> done : imports) {
            assertThat(done.get().statusCode()).as(done.get().body()).isEqualTo(201);
        }
        assertThat(mostAtOnce)
                .as("imports running at once (vigil.background.max)")
                .isEqualTo(2);
        assertThat(Duration.ofNanos(slowest))
                .as("a search while two imports ran and two waited, not behind them")
                .isLessThan(Duration.ofSeconds(3).plusNanos(usual));
    }

    /** A registry search as a client makes it (each one signs in with HTTP Basic); its time in nanoseconds. */
    private static long timedSearch() {
        long started = System.nanoTime();
        HttpResponse<String> list =
                Vigil.get("/api/v1/establishments?size=5", "Authorization", DemoAccount.INSPECTOR.basicAuth());
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return System.nanoTime() - started;
    }

    /** Connections of the server sleeping in the test's trigger: imports inside their slow insert. */
    private static int runningImports(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity"
                + " where application_name = 'vigil' and wait_event = 'PgSleep'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Sends an import as a client does: four sent at once by one user may find the server's one password-check
     * permit busy for half a second (two cores), and are then told to come back in a second (429, Retry-After), as a
     * client would.
     */
    private static HttpResponse<String> importFile(String name) {
        HttpResponse<String> response = sendImport(name);
        for (int retry = 0; retry < 3 && response.statusCode() == 429; retry++) {
            try {
                TimeUnit.SECONDS.sleep(Long.parseLong(
                        response.headers().firstValue("Retry-After").orElse("1")));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response;
            }
            response = sendImport(name);
        }
        return response;
    }

    private static HttpResponse<String> sendImport(String name) {
        return Vigil.send(Vigil.request("/api/v1/establishments/imports?dryRun=false")
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", DemoAccount.INSPECTOR.basicAuth())
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(
                        HEADER + "\n" + row(name, "75-004") + "\n", StandardCharsets.UTF_8))
                .build());
    }

    private static String row(String name, String commune) {
        return String.join(
                ",",
                "\"" + name + "\"",
                "KARAOKE",
                Unique.code("GP"),
                "Nguyễn Văn Chủ",
                "Nguyễn Văn Chủ",
                "0901234567",
                "\"12 Đường Thử, Khu phố 1\"",
                commune,
                "10.7769",
                "106.7009",
                "01/01/2026",
                "31/12/2027");
    }
}
