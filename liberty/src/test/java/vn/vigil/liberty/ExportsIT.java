package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.vigil.liberty.Problems.assertProblem;
import static vn.vigil.liberty.Problems.detail;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Exports over the REST API: each list is exported exactly to whoever may read it through its own endpoint (403 with
 * a clear message and nothing started otherwise), an export is seen and downloaded only by its owner, and a
 * downloaded workbook holds the rows the list shows.
 */
class ExportsIT {

    /** Every exportable list and the endpoint that shows the same list. */
    static final Map<String, String> LISTS = new LinkedHashMap<>();

    static {
        LISTS.put("establishments", "/api/v1/establishments");
        LISTS.put("violation-cases", "/api/v1/violation-cases/search");
        LISTS.put("violation-deadlines", "/api/v1/violation-cases/deadlines");
        LISTS.put("victim-cases", "/api/v1/victim-cases");
        LISTS.put("users", "/api/v1/users");
        LISTS.put("audit", "/api/v1/audit-entries");
        LISTS.put("inspection-plans", "/api/v1/inspection-plans");
        LISTS.put("follow-ups", "/api/v1/follow-ups");
        LISTS.put("support-requests", "/api/v1/support-requests");
        LISTS.put("budget-lines", "/api/v1/budget-lines");
        LISTS.put("identity-reads", "/api/v1/victim-cases/identity-protection/reads");
        LISTS.put("visits", "/api/v1/visits");
        LISTS.put("admin-units", "/api/v1/admin-units");
        LISTS.put("legal-provisions", "/api/v1/legal-provisions");
        LISTS.put("departments", "/api/v1/departments");
        LISTS.put("holidays", "/api/v1/holidays?year=2026");
        LISTS.put("teams", "/api/v1/teams");
        LISTS.put("business-lines", "/api/v1/business-lines");
        LISTS.put("funding-sources", "/api/v1/funding-sources");
        LISTS.put("support-types", "/api/v1/support-types");
        LISTS.put("violation-rules", "/api/v1/violation-rules");
        LISTS.put("open-victim-cases", "/api/v1/victim-cases/open");
        LISTS.put("periodic-reports", "/api/v1/reports/periodic");
        LISTS.put("checklists", "/api/v1/checklists");
        LISTS.put("support-rates", "/api/v1/support-rates");
        LISTS.put("identity-grants", "/api/v1/victim-cases/identity-protection/grants");
        LISTS.put("indicator-referrals", "/api/v1/victim-cases/indicator-referrals");
        LISTS.put("visit-suggestions", "/api/v1/inspection-plans/{plan}/suggestions");
    }

    /** The demo plan, whose suggestions are exported: a list that needs its plan named. */
    private static long demoPlan() throws SQLException {
        return id("select id from inspection.inspection_plan where plan_number = '01/KH-ĐKTLN'");
    }

    @Test
    void everyListCanBeExported() {
        HttpResponse<String> names = Vigil.get("/api/v1/exports/lists", "Authorization", DemoAccount.ADMIN.basicAuth());
        assertThat(Vigil.json(names).asJsonArray().getValuesAs(JsonValue::toString))
                .containsExactlyInAnyOrderElementsOf(
                        LISTS.keySet().stream().map(n -> "\"" + n + "\"").toList());
        HttpResponse<String> noPlan = start(DemoAccount.TEAM_LEAD, "visit-suggestions", "csv", "{}");
        assertProblem(noPlan, 400);
        assertThat(detail(noPlan)).contains("Vui lòng nhập kế hoạch đã phê duyệt");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DemoAccount.class)
    void aListIsExportedToWhoeverMayReadIt(DemoAccount account) throws SQLException {
        List<String> refused = new ArrayList<>();
        long plan = demoPlan();
        for (Map.Entry<String, String> list : LISTS.entrySet()) {
            String endpoint = list.getValue().replace("{plan}", String.valueOf(plan));
            int shown =
                    Vigil.get(endpoint, "Authorization", account.basicAuth()).statusCode();
            assertThat(shown).as("%s reads %s", account, endpoint).isIn(200, 403);
            String filters = list.getValue().contains("{plan}") ? "{\"planId\":\"" + plan + "\"}" : "{}";
            HttpResponse<String> started = start(account, list.getKey(), "csv", filters);
            if (shown == 200) {
                assertThat(started.statusCode())
                        .as("%s exports %s: %s", account, list.getKey(), started.body())
                        .isEqualTo(202);
                String id = Vigil.json(started).asJsonObject().getString("id");
                JsonObject done = awaitEnd(account, id);
                assertThat(done.getString("state")).as(done.toString()).isEqualTo("READY");
                assertThat(Vigil.sendJson("DELETE", "/api/v1/exports/" + id, "", "Authorization", account.basicAuth())
                                .statusCode())
                        .isEqualTo(204);
            } else {
                refused.add(list.getKey());
                assertProblem(started, 403);
                assertThat(detail(started)).as(list.getKey()).contains("không được xem danh sách", "không thể xuất");
            }
        }
        assertThat(mine(account))
                .as("nothing started for a refused list")
                .extracting(e -> e.getString("list"))
                .doesNotContainAnyElementsOf(refused);
    }

    @Test
    void theWorkbookHoldsTheRowsOfTheListAndOnlyItsOwnerGetsIt() throws IOException, SQLException {
        long karaoke = id("select id from inspection.business_line where code = 'KARAOKE'");
        String filters = "{\"businessLineId\":\"" + karaoke + "\"}";
        HttpResponse<String> started = start(DemoAccount.INSPECTOR, "establishments", "xlsx", filters);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        assertThat(started.headers().firstValue("Location")).isPresent();
        String id = Vigil.json(started).asJsonObject().getString("id");

        for (DemoAccount other : List.of(DemoAccount.TEAM_LEAD, DemoAccount.ADMIN)) {
            assertProblem(Vigil.get("/api/v1/exports/" + id, "Authorization", other.basicAuth()), 404);
            assertProblem(Vigil.get("/api/v1/exports/" + id + "/file", "Authorization", other.basicAuth()), 404);
        }
        JsonObject done = awaitEnd(DemoAccount.INSPECTOR, id);
        assertThat(done.getString("state")).isEqualTo("READY");

        List<List<Object>> shown = listed("/api/v1/establishments?businessLineId=" + karaoke);
        assertThat(shown).isNotEmpty();
        assertThat(done.getInt("rows")).isEqualTo(shown.size());
        HttpResponse<byte[]> file = Vigil.send(
                Vigil.request("/api/v1/exports/" + id + "/file")
                        .header("Authorization", DemoAccount.INSPECTOR.basicAuth())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("vigil-establishments-", ".xlsx"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tên cơ sở");
            List<List<Object>> exported = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
                exported.add(List.of(row.getCell(0).getStringCellValue(), (long)
                        row.getCell(6).getNumericCellValue()));
            }
            assertThat(exported).isEqualTo(shown);
        }
        assertProblem(
                Vigil.get("/api/v1/exports/" + id + "/file", "Authorization", DemoAccount.INSPECTOR.basicAuth()), 404);
    }

    @Test
    void aBadRequestStartsNothing() {
        int before = mine(DemoAccount.ADMIN).size();
        assertProblem(start(DemoAccount.ADMIN, "establishments", "docx", "{}"), 400);
        assertProblem(start(DemoAccount.ADMIN, "no-such-list", "csv", "{}"), 400);
        assertProblem(start(DemoAccount.ADMIN, "establishments", "csv", "{\"minRisk\":\"lots\"}"), 400);
        assertThat(mine(DemoAccount.ADMIN)).hasSize(before);
    }

    private static HttpResponse<String> start(DemoAccount account, String list, String format, String filters) {
        return Vigil.sendJson(
                "POST",
                "/api/v1/exports",
                "{\"list\":\"" + list + "\",\"format\":\"" + format + "\",\"filters\":" + filters + "}",
                "Authorization",
                account.basicAuth(),
                "Accept-Language",
                "vi");
    }

    private static List<JsonObject> mine(DemoAccount account) {
        return Vigil.json(Vigil.get("/api/v1/exports", "Authorization", account.basicAuth()))
                .asJsonArray()
                .getValuesAs(JsonObject.class);
    }

    private static JsonObject awaitEnd(DemoAccount account, String id) {
        JsonObject[] last = new JsonObject[1];
        // asked at once, then every 50 ms: a small list is ready within a few milliseconds
        await().atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    last[0] = Vigil.json(Vigil.get("/api/v1/exports/" + id, "Authorization", account.basicAuth()))
                            .asJsonObject();
                    String state = last[0].getString("state");
                    return !state.equals("QUEUED") && !state.equals("RUNNING");
                });
        return last[0];
    }

    /** The list through its endpoint, page after page by cursor: each row's name and risk score. */
    private static List<List<Object>> listed(String path) {
        List<List<Object>> rows = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = Vigil.json(Vigil.get(
                            path + "&size=200" + (cursor == null ? "" : "&cursor=" + cursor),
                            "Authorization",
                            DemoAccount.INSPECTOR.basicAuth()))
                    .asJsonObject();
            page.getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .forEach(e -> rows.add(List.of(
                            e.getString("name"), e.getJsonNumber("riskScore").longValue())));
            cursor = page.containsKey("next") && !page.isNull("next") ? page.getString("next") : null;
        } while (cursor != null);
        return rows;
    }

    private static long id(String sql) throws SQLException {
        try (Connection c = Database.connect();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getLong(1);
        }
    }
}
