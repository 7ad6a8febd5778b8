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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reporting read model on a started server: /api/v1/reports answers who may ask, in JSON and in CSV with its
 * indicator codes; a committed change reaches the figures by itself; small victim counts never show; a bad period is
 * refused in the caller's language; an administrator's rebuild runs to the end.
 */
class ReportsIT {

    static final Set<String> FIGURES =
            Set.of("COMMITTEE_VIEWER", "ADMIN", "TEAM_LEAD", "LEGAL_OFFICER", "CASE_WORKER", "FINANCE_OFFICER");
    static final Set<String> READ_MODEL = Set.of("COMMITTEE_VIEWER", "ADMIN");

    private static long commune;
    private static long province;
    private static long karaoke;

    @BeforeAll
    static void units() throws SQLException {
        Vigil.baseUrl();
        commune = id("select id from core.administrative_unit where code = '75-004' and valid_to is null");
        province = id("select id from core.administrative_unit where code = '75' and valid_to is null");
        karaoke = id("select id from inspection.business_line where code = 'KARAOKE'");
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cells = new ArrayList<>();
        for (DemoAccount account : DemoAccount.values()) {
            cells.add(Arguments.of("/api/v1/reports/figures", FIGURES, account));
            cells.add(Arguments.of("/api/v1/reports/read-model", READ_MODEL, account));
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "GET {0} as {2}")
    @MethodSource("matrix")
    void onlyTheNamedRolesSeeTheFigures(String path, Set<String> roles, DemoAccount account) {
        HttpResponse<String> response = Vigil.get(path, "Authorization", account.basicAuth());
        boolean allowed = account.roles.stream().anyMatch(roles::contains);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(allowed ? 200 : 403);
    }

    @Test
    void onlyAnAdministratorRebuildsAndTheRebuildRunsToTheEnd() {
        for (DemoAccount account : DemoAccount.values()) {
            if (!account.roles.contains("ADMIN")) {
                HttpResponse<String> refused = Vigil.sendJson(
                        "POST", "/api/v1/reports/read-model/rebuild", "{}", "Authorization", account.basicAuth());
                assertThat(refused.statusCode()).as(account.name()).isEqualTo(403);
            }
        }
        HttpResponse<String> started = Vigil.sendJson(
                "POST", "/api/v1/reports/read-model/rebuild", "{}", "Authorization", DemoAccount.ADMIN.basicAuth());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        long run = Vigil.json(started).asJsonObject().getJsonNumber("id").longValue();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonObject latest = Vigil.json(
                            Vigil.get("/api/v1/reports/read-model", "Authorization", DemoAccount.ADMIN.basicAuth()))
                    .asJsonObject()
                    .getJsonObject("latestRebuild");
            assertThat(latest.getJsonNumber("id").longValue()).isGreaterThanOrEqualTo(run);
            assertThat(latest.containsKey("finishedAt")).isTrue();
            assertThat(latest.containsKey("failure")).as(latest.toString()).isFalse();
            assertThat(latest.getInt("stepsDone"))
                    .isEqualTo(latest.getInt("stepsTotal"))
                    .isPositive();
        });
    }

    @Test
    void figuresComeWithTheirCodesAndTheSameDaysAYearBefore() {
        JsonObject figures = figures("?from=2026-01-01&until=2026-06-30&province=" + province);
        assertThat(figures.getString("from")).isEqualTo("2026-01-01");
        assertThat(figures.getString("until")).isEqualTo("2026-06-30");
        assertThat(figures.getJsonNumber("province").longValue()).isEqualTo(province);
        assertThat(figures.getString("asOf")).isNotBlank();
        List<String> codes = figures.getJsonArray("figures").stream()
                .map(f -> f.asJsonObject().getString("code"))
                .toList();
        assertThat(codes)
                .contains("EST.TOTAL", "INS.VISITS_DONE", "VIO.CASES", "VIC.RECEIVED", "SUP.REQUESTS", "FIN.DISBURSED");
        JsonObject done = figure(figures, "INS.VISITS_DONE");
        assertThat(done.containsKey("yearBefore")).isTrue();
        assertThat(figure(figures, "EST.TOTAL").containsKey("yearBefore"))
                .as("the registry has no period")
                .isFalse();
    }

    @Test
    void smallVictimCountsNeverShowTheirValue() {
        int hidden = 0;
        for (String period : List.of("", "?from=2020-01-01&until=2026-12-31", "?from=2026-07-01&until=2026-09-30")) {
            for (JsonValue v : figures(period).getJsonArray("figures")) {
                JsonObject f = v.asJsonObject();
                if (!f.getString("code").startsWith("VIC.")) {
                    continue;
                }
                if (f.getString("shown").equals("<5")) {
                    assertThat(f.containsKey("value")).as(f.toString()).isFalse();
                    hidden++;
                } else {
                    long value = f.getJsonNumber("value").longValue();
                    assertThat(value == 0 || value >= 5).as(f.toString()).isTrue();
                }
            }
        }
        assertThat(hidden)
                .as("the demo data hold fewer than five victims in some period")
                .isPositive();
    }

    @Test
    void csvOpensInASpreadsheetWithTheCodes() {
        HttpResponse<String> csv = Vigil.get(
                "/api/v1/reports/figures?format=csv&from=2026-01-01&until=2026-03-31",
                "Authorization",
                DemoAccount.COMMITTEE.basicAuth());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("\uFEFFcode,value,year_before,province,from,until,as_of\r\n");
        assertThat(csv.body()).contains("\r\nINS.VISITS_DONE,").contains(",2026-01-01,2026-03-31,");
        HttpResponse<String> asked = Vigil.get(
                "/api/v1/reports/figures", "Authorization", DemoAccount.COMMITTEE.basicAuth(), "Accept", "text/csv");
        assertThat(asked.body()).startsWith("\uFEFFcode,");
    }

    @Test
    void theSpreadsheetHoldsTheSameNumbers() throws IOException {
        String period = "from=2020-01-01&until=2026-12-31&province=" + province;
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonObject json = figures("?" + period);
            HttpResponse<byte[]> xlsx = Vigil.send(
                    Vigil.request("/api/v1/reports/figures?format=xlsx&" + period)
                            .header("Authorization", DemoAccount.COMMITTEE.basicAuth())
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(xlsx.statusCode()).isEqualTo(200);
            assertThat(xlsx.headers().firstValue("Content-Disposition"))
                    .hasValueSatisfying(d -> assertThat(d).contains(".xlsx"));
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                Sheet sheet = book.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã chỉ tiêu");
                int checked = 0;
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    JsonObject f = figure(json, row.getCell(0).getStringCellValue());
                    assertThat(row.getCell(1).getStringCellValue()).isNotBlank();
                    if (f.containsKey("value")) {
                        assertThat((long) row.getCell(2).getNumericCellValue())
                                .as(f.toString())
                                .isEqualTo(f.getJsonNumber("value").longValue());
                    } else {
                        assertThat(row.getCell(2).getStringCellValue()).isEqualTo("<5");
                    }
                    checked++;
                }
                assertThat(checked).isEqualTo(json.getJsonArray("figures").size());
            }
        });
    }

    @Test
    void theAdministratorSetsTheSmallCountThresholdWithinItsBounds() {
        JsonObject current = Vigil.json(Vigil.get(
                        "/api/v1/reports/small-count-threshold", "Authorization", DemoAccount.COMMITTEE.basicAuth()))
                .asJsonObject();
        assertThat(current.getInt("value")).isEqualTo(5);
        long version = current.getJsonNumber("version").longValue();
        String path = "/api/v1/reports/small-count-threshold?version=" + version;

        assertThat(Vigil.sendJson("PUT", path, "{\"threshold\":7}", "Authorization", DemoAccount.COMMITTEE.basicAuth())
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> zero =
                Vigil.sendJson("PUT", path, "{\"threshold\":0}", "Authorization", DemoAccount.ADMIN.basicAuth());
        assertProblem(zero, 400);
        assertThat(detail(zero)).contains("Ngưỡng số nhỏ phải từ 1 đến 20");
        assertProblem(
                Vigil.sendJson(
                        "PUT",
                        "/api/v1/reports/small-count-threshold?version=" + (version + 7),
                        "{\"threshold\":7}",
                        "Authorization",
                        DemoAccount.ADMIN.basicAuth()),
                409);

        HttpResponse<String> seven =
                Vigil.sendJson("PUT", path, "{\"threshold\":7}", "Authorization", DemoAccount.ADMIN.basicAuth());
        assertThat(seven.statusCode()).as(seven.body()).isEqualTo(200);
        try {
            JsonObject figures = figures("?from=2020-01-01&until=2026-12-31");
            assertThat(figures.getInt("smallCountThreshold")).isEqualTo(7);
            for (JsonValue v : figures.getJsonArray("figures")) {
                JsonObject f = v.asJsonObject();
                if (f.getString("code").startsWith("VIC.") && f.containsKey("value")) {
                    long value = f.getJsonNumber("value").longValue();
                    assertThat(value == 0 || value >= 7).as(f.toString()).isTrue();
                }
            }
        } finally {
            long now = Vigil.json(seven).asJsonObject().getJsonNumber("version").longValue();
            assertThat(Vigil.sendJson(
                                    "PUT",
                                    "/api/v1/reports/small-count-threshold?version=" + now,
                                    "{\"threshold\":5}",
                                    "Authorization",
                                    DemoAccount.ADMIN.basicAuth())
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void aBadPeriodIsRefusedInTheCallersLanguage() {
        HttpResponse<String> backwards = Vigil.get(
                "/api/v1/reports/figures?from=2026-05-01&until=2026-01-31",
                "Authorization",
                DemoAccount.COMMITTEE.basicAuth());
        assertProblem(backwards, 400);
        assertThat(detail(backwards)).contains("ngày kết thúc");
        HttpResponse<String> english = Vigil.get(
                "/api/v1/reports/figures?from=2026-05-01&until=2026-01-31",
                "Authorization",
                DemoAccount.COMMITTEE.basicAuth(),
                "Accept-Language",
                "en");
        assertThat(detail(english)).contains("last day");
        assertProblem(
                Vigil.get("/api/v1/reports/figures?from=1-2-3", "Authorization", DemoAccount.COMMITTEE.basicAuth()),
                400);
        assertProblem(
                Vigil.get(
                        "/api/v1/reports/figures?from=2000-01-01&until=2026-01-01",
                        "Authorization",
                        DemoAccount.COMMITTEE.basicAuth()),
                400);
        assertProblem(
                Vigil.get(
                        "/api/v1/reports/figures?province=" + commune,
                        "Authorization",
                        DemoAccount.COMMITTEE.basicAuth()),
                404);
    }

    /** A committed change reaches the read model by itself, a few hundred milliseconds later. */
    @Test
    void aNewEstablishmentIsCountedWithoutAnyoneAsking() throws SQLException {
        String body = String.format("""
                {"name": "Karaoke Báo Cáo %s", "businessLineId": %d, "registrationNo": "%s", "ownerName": "Trần Văn Số",
                 "address": "2 Đường Thống Kê", "communeId": %d}""", Unique.code("R"), karaoke, Unique.code("GP"), commune);
        HttpResponse<String> created = Vigil.sendJson(
                "POST", "/api/v1/establishments", body, "Authorization", DemoAccount.INSPECTOR.basicAuth());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(id(
                                "select coalesce(sum(establishments), 0) from reporting.establishment_fact where commune_id = "
                                        + commune))
                        .isEqualTo(id("select count(*) from inspection.establishment where commune_id = " + commune)));
    }

    @Test
    void theDrillDownAddsUpToTheProvinceAndHidesSmallVictimCounts() {
        String period = "from=2020-01-01&until=2026-12-31";
        // other tests' changes may be applied between the two reads: they agree once the read model is still
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> drillDownAddsUp(period));
        assertProblem(
                Vigil.get("/api/v1/reports/figures/by-commune", "Authorization", DemoAccount.COMMITTEE.basicAuth()),
                400);
        assertThat(Vigil.get(
                                "/api/v1/reports/figures/by-commune?province=" + province,
                                "Authorization",
                                DemoAccount.INSPECTOR.basicAuth())
                        .statusCode())
                .isEqualTo(403);
    }

    private static void drillDownAddsUp(String period) {
        HttpResponse<String> response = Vigil.get(
                "/api/v1/reports/figures/by-commune?province=" + province + "&" + period,
                "Authorization",
                DemoAccount.COMMITTEE.basicAuth());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject breakdown = Vigil.json(response).asJsonObject();
        long visits = 0;
        long cases = 0;
        for (JsonValue v : breakdown.getJsonArray("communes")) {
            JsonObject commune = v.asJsonObject();
            visits += commune.getJsonNumber("visitsDone").longValue();
            cases += commune.getJsonNumber("cases").longValue();
            String shown = commune.getString("victimsShown");
            if (commune.containsKey("victims")) {
                long victims = commune.getJsonNumber("victims").longValue();
                assertThat(victims == 0 || victims >= 5).as(commune.toString()).isTrue();
            } else {
                assertThat(shown).isIn("<5", "x");
            }
        }
        JsonObject total = breakdown.getJsonObject("total");
        assertThat(total.getJsonNumber("visitsDone").longValue()).isEqualTo(visits);
        assertThat(total.getJsonNumber("cases").longValue()).isEqualTo(cases);
        JsonObject whole = figures("?province=" + province + "&" + period);
        assertThat(figure(whole, "INS.VISITS_DONE").getJsonNumber("value").longValue())
                .isEqualTo(visits);
        assertThat(figure(whole, "VIO.CASES").getJsonNumber("value").longValue())
                .isEqualTo(cases);
    }

    /**
     * The drill-down reaches the list behind a commune's count for whoever may read the list: the administrator's
     * case list narrowed to that commune and period holds as many cases as the commune's count, its visit list as
     * many visits signed off as its visits done. The committee, who reads counts only, is refused the lists.
     */
    @Test
    void aCommunesCountsLeadTheAdministratorToItsCasesAndVisits() {
        String period = "from=2026-01-01&until=2026-12-31";
        HttpResponse<String> response = Vigil.get(
                "/api/v1/reports/figures/by-commune?province=" + province + "&" + period,
                "Authorization",
                DemoAccount.ADMIN.basicAuth());
        JsonObject commune = Vigil.json(response).asJsonObject().getJsonArray("communes").stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("cases").longValue() > 0
                        && c.getJsonNumber("cases").longValue() <= 20)
                .findFirst()
                .orElseThrow(() -> new AssertionError("a commune with 1 to 20 cases in " + response.body()));
        String list =
                "/legal/cases.xhtml?commune=" + commune.getJsonNumber("commune").longValue() + "&" + period;

        HttpResponse<String> page = WebSession.signedInAs(DemoAccount.ADMIN).get(list);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"communeFilter\"").contains(commune.getString("name"));
        long rows = java.util.regex.Pattern.compile("<tr data-ri=\"")
                .matcher(page.body())
                .results()
                .count();
        assertThat(rows).isEqualTo(commune.getJsonNumber("cases").longValue());

        assertThat(WebSession.signedInAs(DemoAccount.COMMITTEE).get(list).statusCode())
                .isEqualTo(403);

        JsonObject visited = Vigil.json(response).asJsonObject().getJsonArray("communes").stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonNumber("visitsDone").longValue() > 0
                        && c.getJsonNumber("visitsDone").longValue() <= 20)
                .findFirst()
                .orElseThrow(() -> new AssertionError("a commune with 1 to 20 visits in " + response.body()));
        String visits = "/inspection/visits.xhtml?status=SIGNED_OFF&commune="
                + visited.getJsonNumber("commune").longValue() + "&" + period;
        HttpResponse<String> visitList =
                WebSession.signedInAs(DemoAccount.ADMIN).get(visits);
        assertThat(visitList.statusCode()).isEqualTo(200);
        assertThat(visitList.body()).contains("id=\"communeFilter\"").contains(visited.getString("name"));
        assertThat(java.util.regex.Pattern.compile("<tr data-ri=\"")
                        .matcher(visitList.body())
                        .results()
                        .count())
                .isEqualTo(visited.getJsonNumber("visitsDone").longValue());
        assertThat(WebSession.signedInAs(DemoAccount.COMMITTEE).get(visits).statusCode())
                .isEqualTo(403);
    }

    /** The overview's figures print as a PDF document for whoever reads them, and only for them. */
    @Test
    void theFiguresPrintAsPdf() {
        HttpResponse<byte[]> pdf = Vigil.send(
                Vigil.request("/api/v1/reports/figures?format=pdf&province=" + province
                                + "&from=2026-01-01&until=2026-06-30")
                        .header("Authorization", DemoAccount.COMMITTEE.basicAuth())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("vigil-figures-2026-01-01-2026-06-30.pdf"));
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        HttpResponse<byte[]> refused = Vigil.send(
                Vigil.request("/api/v1/reports/figures?format=pdf")
                        .header("Authorization", DemoAccount.INSPECTOR.basicAuth())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    /**
     * The overview's tables add up to the headline figures of the same period: cases by step to the cases, fines and
     * fines collected; the months to the visits done (and a year before) and the cases; the registry by line and
     * risk to the establishments; support by type to the requests and amounts; money by source to the ledger. The
     * demo plan is there with its targets. Read until the read model is still between the two calls.
     */
    @Test
    void theBreakdownsAddUpToTheFigures() {
        String period = "from=2026-01-01&until=2026-12-31";
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonObject f = figures("?" + period);
            HttpResponse<String> response = Vigil.get(
                    "/api/v1/reports/figures/breakdowns?" + period, "Authorization", DemoAccount.COMMITTEE.basicAuth());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonObject b = Vigil.json(response).asJsonObject();

            assertThat(sum(b, "casesByStep", 0))
                    .isEqualTo(value(f, "VIO.CASES"))
                    .isPositive();
            assertThat(sum(b, "casesByStep", 1)).isEqualTo(value(f, "VIO.FINES_IMPOSED"));
            assertThat(sum(b, "casesByStep", 2)).isEqualTo(value(f, "VIO.FINES_COLLECTED"));
            assertThat(b.getJsonArray("byMonth")).hasSize(12);
            assertThat(sum(b, "byMonth", 0))
                    .isEqualTo(value(f, "INS.VISITS_DONE"))
                    .isPositive();
            assertThat(sum(b, "byMonth", 1))
                    .isEqualTo(figure(f, "INS.VISITS_DONE")
                            .getJsonNumber("yearBefore")
                            .longValue());
            assertThat(sum(b, "byMonth", 2)).isEqualTo(value(f, "VIO.CASES"));
            long registry = sum(b, "establishmentsByLine", 0)
                    + sum(b, "establishmentsByLine", 1)
                    + sum(b, "establishmentsByLine", 2);
            assertThat(registry).isEqualTo(value(f, "EST.TOTAL"));
            assertThat(sum(b, "establishmentsByLine", 2)).isEqualTo(highRiskNotClosed());
            boolean noneHidden = b.getJsonArray("supportByType").stream()
                    .noneMatch(r -> r.asJsonObject().containsKey("shown"));
            if (noneHidden) {
                assertThat(sum(b, "supportByType", 0)).isEqualTo(value(f, "SUP.REQUESTS"));
            }
            assertThat(sum(b, "supportByType", 2)).isLessThanOrEqualTo(value(f, "SUP.AMOUNT_PAID"));
            assertThat(sum(b, "moneyBySource", 0)).isEqualTo(value(f, "FIN.COMMITTED") - value(f, "FIN.RELEASED"));
            assertThat(sum(b, "moneyBySource", 1))
                    .isEqualTo(value(f, "FIN.DISBURSED"))
                    .isPositive();
            assertThat(sum(b, "actsByProvision", 0)).isLessThanOrEqualTo(value(f, "VIO.ACTS"));
            if (b.getJsonArray("actsByProvision").size() < 15) {
                assertThat(sum(b, "actsByProvision", 0)).isEqualTo(value(f, "VIO.ACTS"));
            }
            assertThat(b.getJsonArray("plans").stream().map(JsonValue::asJsonObject))
                    .anySatisfy(plan -> {
                        assertThat(plan.getString("number")).isEqualTo("01/KH-ĐKTLN");
                        assertThat(plan.getInt("targetCount")).isPositive();
                    });
        });
    }

    /**
     * The overview's tables download as a spreadsheet with a sheet per table, each holding the numbers of the JSON
     * tables in the same order, and as one CSV with each table under its title; a small support count stays hidden;
     * the figures PDF holds them too. Who may not read the figures may not download the tables.
     */
    @Test
    void theBreakdownTablesDownloadAsTheyShow() throws Exception {
        String period = "from=2026-01-01&until=2026-12-31";
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonObject b = Vigil.json(Vigil.get(
                            "/api/v1/reports/figures/breakdowns?" + period,
                            "Authorization",
                            DemoAccount.COMMITTEE.basicAuth()))
                    .asJsonObject();
            HttpResponse<byte[]> xlsx = Vigil.send(
                    Vigil.request("/api/v1/reports/figures/breakdowns?format=xlsx&" + period)
                            .header("Authorization", DemoAccount.COMMITTEE.basicAuth())
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(xlsx.statusCode()).isEqualTo(200);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                assertThat(book.getNumberOfSheets()).isEqualTo(8);
                Sheet steps = book.getSheet("Vụ vi phạm theo bước xử lý");
                assertThat(steps.getRow(0).getCell(1).getStringCellValue()).isNotBlank();
                assertThat(steps.getLastRowNum())
                        .isEqualTo(b.getJsonArray("casesByStep").size());
                long cases = 0;
                for (int r = 1; r <= steps.getLastRowNum(); r++) {
                    cases += (long) steps.getRow(r).getCell(1).getNumericCellValue();
                }
                assertThat(cases).isEqualTo(sum(b, "casesByStep", 0)).isPositive();
                Sheet months = book.getSheetAt(2);
                assertThat(months.getLastRowNum()).isEqualTo(12);
                assertThat(months.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2026-01");
                long visits = 0;
                for (int r = 1; r <= 12; r++) {
                    visits += (long) months.getRow(r).getCell(1).getNumericCellValue();
                }
                assertThat(visits).isEqualTo(sum(b, "byMonth", 0));
                Sheet support = book.getSheetAt(5);
                for (JsonValue v : b.getJsonArray("supportByType")) {
                    JsonObject row = v.asJsonObject();
                    if (row.containsKey("shown") && !row.isNull("shown")) {
                        boolean found = false;
                        for (int r = 1; r <= support.getLastRowNum(); r++) {
                            if (support.getRow(r).getCell(1).getCellType()
                                    == org.apache.poi.ss.usermodel.CellType.STRING) {
                                assertThat(support.getRow(r).getCell(1).getStringCellValue())
                                        .isEqualTo(row.getString("shown"));
                                assertThat(support.getRow(r).getCell(2).getStringCellValue())
                                        .isEqualTo("x");
                                found = true;
                            }
                        }
                        assertThat(found).isTrue();
                    }
                }
            }
        });
        HttpResponse<String> csv = Vigil.get(
                "/api/v1/reports/figures/breakdowns?format=csv&" + period,
                "Authorization",
                DemoAccount.COMMITTEE.basicAuth());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body())
                .startsWith("\uFEFFKế hoạch và đợt cao điểm")
                .contains("\r\nVụ vi phạm theo bước xử lý\r\n")
                .contains("\r\nKinh phí theo nguồn\r\n");
        assertThat(Vigil.get(
                                "/api/v1/reports/figures/breakdowns?format=csv&" + period,
                                "Authorization",
                                DemoAccount.INSPECTOR.basicAuth())
                        .statusCode())
                .isEqualTo(403);
    }

    /** The registry by line counts every establishment not closed, a score of 70 or more as high risk. */
    private static long highRiskNotClosed() throws SQLException {
        return id("select count(*) from inspection.establishment where status <> 'CLOSED' and risk_score >= 70");
    }

    private static long sum(JsonObject breakdowns, String table, int column) {
        return breakdowns.getJsonArray(table).stream()
                .mapToLong(r -> r.asJsonObject()
                        .getJsonArray("values")
                        .getJsonNumber(column)
                        .longValue())
                .sum();
    }

    private static long value(JsonObject figures, String code) {
        return figure(figures, code).getJsonNumber("value").longValue();
    }

    @Test
    void theOverviewPageIsForTheCommitteeAndTheAdministrator() {
        for (DemoAccount account : DemoAccount.values()) {
            HttpResponse<String> page = WebSession.signedInAs(account).get("/reports/overview.xhtml");
            boolean allowed = account.roles.contains("COMMITTEE_VIEWER") || account.roles.contains("ADMIN");
            assertThat(page.statusCode()).as(account.name()).isEqualTo(allowed ? 200 : 403);
            if (allowed) {
                assertThat(page.body())
                        .contains("Tổng quan toàn tỉnh")
                        .contains("data-code=\"INS.VISITS_DONE\"")
                        .contains("data-code=\"VIC.RECEIVED\"")
                        .as("the breakdowns load after the figures")
                        .contains("id=\"overview:breakdownsPanel\"")
                        .doesNotContain("id=\"overview:monthChart\"");
                assertThat(page.body().contains("overview:rebuild")).isEqualTo(account.roles.contains("ADMIN"));
            }
        }
    }

    private static JsonObject figures(String query) {
        HttpResponse<String> response =
                Vigil.get("/api/v1/reports/figures" + query, "Authorization", DemoAccount.COMMITTEE.basicAuth());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Vigil.json(response).asJsonObject();
    }

    private static JsonObject figure(JsonObject figures, String code) {
        return figures.getJsonArray("figures").stream()
                .map(JsonValue::asJsonObject)
                .filter(f -> f.getString("code").equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static long id(String sql) throws SQLException {
        try (Connection c = Database.connect();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
