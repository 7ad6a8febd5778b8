package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every request's statements run under the database's ceilings (5 s a statement, 3 s waiting for a lock, by
 * default): a request past one is stopped, answered with a problem in the caller's language, saves nothing, and is
 * logged by its query's name without its parameters.
 */
class StatementCeilingsIT {

    private static final int SLEEP = 10;
    private static final Map<String, String> NARROWER_FILTER =
            Map.of("vi", "hãy thu hẹp bộ lọc", "en", "narrow the filter");
    private static final Map<String, String> TRY_AGAIN =
            Map.of("vi", "Vui lòng thử lại sau ít phút", "en", "Please try again in a minute");

    private static SlowInserts slowInserts;
    private static long karaoke;
    private static long commune;

    @BeforeAll
    static void slowDownMarkedInserts() throws SQLException {
        Vigil.baseUrl();
        slowInserts = SlowInserts.install();
        karaoke = id("select id from inspection.business_line where code = 'KARAOKE'");
        commune = id("select id from core.administrative_unit where code = '75-004' and valid_to is null");
    }

    @AfterAll
    static void removeTheTrigger() throws SQLException {
        slowInserts.close();
    }

    @Test
    void aRequestPastTheStatementCeilingIsStoppedAndSavesNothing() throws Exception {
        String name = SlowInserts.name(SLEEP, "Karaoke Quá Giờ " + Unique.code("T"));

        for (String language : NARROWER_FILTER.keySet()) {
            long started = System.nanoTime();
            HttpResponse<String> response = register(name, language);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            Problems.assertProblem(response, 422);
            JsonObject problem = Vigil.json(response).asJsonObject();
            assertThat(problem.getString("type")).isEqualTo("tag:vigil.vn,2026:problem:statement-timeout");
            assertThat(problem.getString("code")).isEqualTo("statement-timeout");
            assertThat(problem.getString("detail")).contains(NARROWER_FILTER.get(language));
            assertThat(took)
                    .as("stopped at the ceiling, not after the %d s insert", SLEEP)
                    .isLessThan(Duration.ofSeconds(SLEEP - 1));
        }

        assertThat(SlowInserts.establishmentsNamed(name)).as("nothing saved").isZero();
        String logged = loggedLine("statement timeout (SQLSTATE 57014)", "POST /api/v1/establishments");
        assertThat(logged)
                .contains("in EstablishmentRegistryImpl.registerEstablishment")
                .doesNotContain("Karaoke Quá Giờ");
    }

    @Test
    void aRequestWaitingPastTheLockCeilingIsToldToTryAgainAndSavesNothing() throws Exception {
        String text = "Khóa " + Unique.code("L");
        String name = "IT Karaoke " + text;
        try (Connection holder = Database.connect();
                Statement s = holder.createStatement()) {
            holder.setAutoCommit(false);
            s.execute("lock table inspection.establishment in access exclusive mode");

            for (String language : TRY_AGAIN.keySet()) {
                long started = System.nanoTime();
                HttpResponse<String> response = Vigil.get(
                        "/api/v1/establishments?text=" + URLEncoder.encode(text, StandardCharsets.UTF_8),
                        "Authorization",
                        DemoAccount.INSPECTOR.basicAuth(),
                        "Accept-Language",
                        language);
                Duration took = Duration.ofNanos(System.nanoTime() - started);

                Problems.assertProblem(response, 503);
                JsonObject problem = Vigil.json(response).asJsonObject();
                assertThat(problem.getString("type")).isEqualTo("tag:vigil.vn,2026:problem:lock-timeout");
                assertThat(problem.getString("detail")).contains(TRY_AGAIN.get(language));
                assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
                assertThat(took)
                        .as("the lock ceiling comes before the statement ceiling")
                        .isLessThan(Duration.ofSeconds(5));
            }

            HttpResponse<String> write = register(name, "vi");
            Problems.assertProblem(write, 503);
            holder.rollback();
        }

        assertThat(SlowInserts.establishmentsNamed(name)).as("nothing saved").isZero();
        String logged = loggedLine("lock timeout (SQLSTATE 55P03)", "GET /api/v1/establishments");
        assertThat(logged).contains("in EstablishmentDirectoryImpl.search").doesNotContain(text);
    }

    private HttpResponse<String> register(String name, String language) {
        String body = String.format("""
                {"name": "%s", "businessLineId": %d, "registrationNo": "%s", "ownerName": "Trần Văn Chậm",
                 "address": "1 Đường Thử", "communeId": %d}""", name, karaoke, Unique.code("GP"), commune);
        return Vigil.sendJson(
                "POST",
                "/api/v1/establishments",
                body,
                "Authorization",
                DemoAccount.INSPECTOR.basicAuth(),
                "Accept-Language",
                language);
    }

    /** The server's warning about a stopped statement, once it is in messages.log. */
    static String loggedLine(String ceiling, String where) {
        Path log = Path.of(System.getProperty("vigil.log-dir"), "messages.log");
        String[] found = new String[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            found[0] = lines(log).stream()
                    .filter(line -> line.contains("Statement stopped by the " + ceiling))
                    .filter(line -> line.contains(where))
                    .reduce((first, last) -> last)
                    .orElse(null);
            assertThat(found[0]).as("a warning naming the query in %s", log).isNotNull();
        });
        return found[0];
    }

    private static java.util.List<String> lines(Path log) throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8);
    }

    private static long id(String sql) throws SQLException {
        try (Connection c = Database.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getLong(1);
        }
    }
}
