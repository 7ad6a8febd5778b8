package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.vigil.liberty.Problems.assertProblem;
import static vn.vigil.liberty.Problems.detail;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The committee's periodic reports: drafted and issued by an administrator with a number, frozen once issued (the
 * figures do not follow later changes), corrected by a new version, printed as a PDF; bad requests refused in
 * Vietnamese with nothing changed.
 */
class PeriodicReportsIT {

    private static final String REPORTS = "/api/v1/reports/periodic";

    @Test
    void onlyTheAdministratorDraftsAndTheCommitteeReads() {
        assertThat(get(REPORTS, DemoAccount.COMMITTEE).statusCode()).isEqualTo(200);
        assertThat(get(REPORTS, DemoAccount.INSPECTOR).statusCode()).isEqualTo(403);
        assertThat(get(REPORTS, DemoAccount.CASE_WORKER).statusCode()).isEqualTo(403);
        assertThat(post(REPORTS, "{\"kind\":\"PEAK\",\"year\":2025}", DemoAccount.COMMITTEE)
                        .statusCode())
                .isEqualTo(403);
        assertThat(WebSession.signedInAs(DemoAccount.COMMITTEE)
                        .get("/reports/periodic.xhtml")
                        .statusCode())
                .isEqualTo(200);
        assertThat(WebSession.signedInAs(DemoAccount.LEGAL)
                        .get("/reports/periodic.xhtml")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void anIssuedReportKeepsItsFiguresWhileTheDataChange() throws SQLException, java.io.IOException {
        JsonObject draft = created(post(REPORTS, "{\"kind\":\"HALF_YEAR\",\"year\":2026}", DemoAccount.ADMIN));
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getString("from")).isEqualTo("2025-12-15");
        assertThat(draft.getString("cutOff")).isEqualTo("2026-06-14");
        assertThat(draft.getJsonArray("figures").getValuesAs(JsonObject.class))
                .as("the approved outreach of the period beside the other figures")
                .extracting(f -> f.getString("code"))
                .contains("OUT.ACTIVITIES", "OUT.PARTICIPANTS", "OUT.MATERIALS");
        long id = draft.getJsonNumber("id").longValue();

        HttpResponse<String> written = Vigil.sendJson(
                "PUT",
                REPORTS + "/" + id + "/narrative?version="
                        + draft.getJsonNumber("version").longValue(),
                "{\"assessment\":\"Các đoàn kiểm tra liên ngành hoạt động đều.\",\"proposals\":\"Bổ sung kinh phí.\"}",
                "Authorization",
                DemoAccount.ADMIN.basicAuth());
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        long version =
                Vigil.json(written).asJsonObject().getJsonNumber("version").longValue();

        HttpResponse<String> issuedResponse =
                post(REPORTS + "/" + id + "/issue?version=" + version, "{}", DemoAccount.ADMIN);
        assertThat(issuedResponse.statusCode()).as(issuedResponse.body()).isEqualTo(200);
        JsonObject issued = Vigil.json(issuedResponse).asJsonObject();
        assertThat(issued.getString("status")).isEqualTo("ISSUED");
        assertThat(issued.getString("number")).endsWith("/BC-BCĐ");
        long frozen = establishments(issued);

        // a new establishment changes the live figures, not the issued report's
        registerEstablishment();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> establishments(Vigil.json(get("/api/v1/reports/figures", DemoAccount.COMMITTEE))
                                .asJsonObject())
                        > frozen);
        assertThat(establishments(Vigil.json(get(REPORTS + "/" + id, DemoAccount.COMMITTEE))
                        .asJsonObject()))
                .isEqualTo(frozen);

        HttpResponse<String> again =
                post(REPORTS + "/" + id + "/issue?version=" + (version + 1), "{}", DemoAccount.ADMIN);
        assertProblem(again, 400);
        assertThat(detail(again)).contains("đã được ban hành");
        assertProblem(
                Vigil.sendJson(
                        "PUT",
                        REPORTS + "/" + id + "/narrative?version=" + (version + 1),
                        "{\"assessment\":\"sửa sau khi ban hành\"}",
                        "Authorization",
                        DemoAccount.ADMIN.basicAuth()),
                400);

        HttpResponse<byte[]> pdf = Vigil.send(
                Vigil.request(REPORTS + "/" + id + "/pdf")
                        .header("Authorization", DemoAccount.COMMITTEE.basicAuth())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        // the issued figures as a spreadsheet and as CSV: the frozen number, not today's
        HttpResponse<byte[]> xlsx = Vigil.send(
                Vigil.request(REPORTS + "/" + id + "/xlsx")
                        .header("Authorization", DemoAccount.COMMITTEE.basicAuth())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            long inFile = -1;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(0).getStringCellValue().equals("EST.TOTAL")) {
                    inFile = (long) sheet.getRow(r).getCell(2).getNumericCellValue();
                }
            }
            assertThat(inFile).isEqualTo(frozen);
        }
        HttpResponse<String> csv = get(REPORTS + "/" + id + "/csv", DemoAccount.COMMITTEE);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFFcode,value").contains("\r\nEST.TOTAL," + frozen + ",");
        assertThat(get(REPORTS + "/" + id + "/csv", DemoAccount.INSPECTOR).statusCode())
                .isEqualTo(403);

        JsonObject correction = created(post(REPORTS + "/" + id + "/correction", "{}", DemoAccount.ADMIN));
        assertThat(correction.getInt("reportVersion")).isEqualTo(2);
        assertThat(correction.getJsonNumber("replacesId").longValue()).isEqualTo(id);
        assertThat(correction.getJsonObject("narrative").getString("proposals")).isEqualTo("Bổ sung kinh phí.");
        assertProblem(post(REPORTS + "/" + id + "/correction", "{}", DemoAccount.ADMIN), 400);
    }

    @Test
    void badRequestsAreRefusedAndNothingIsIssued() {
        JsonObject annual = created(post(REPORTS, "{\"kind\":\"ANNUAL\",\"year\":2026}", DemoAccount.ADMIN));
        HttpResponse<String> early = post(
                REPORTS + "/" + annual.getJsonNumber("id").longValue() + "/issue?version="
                        + annual.getJsonNumber("version").longValue(),
                "{}",
                DemoAccount.ADMIN);
        assertProblem(early, 400);
        assertThat(detail(early)).contains("ngày chốt số liệu 14/12/2026 chưa qua");
        assertThat(Vigil.json(get(REPORTS + "/" + annual.getJsonNumber("id").longValue(), DemoAccount.ADMIN))
                        .asJsonObject()
                        .getString("status"))
                .isEqualTo("DRAFT");

        HttpResponse<String> badDay =
                post(REPORTS, "{\"kind\":\"HALF_YEAR\",\"year\":2026,\"cutOffDay\":30}", DemoAccount.ADMIN);
        assertProblem(badDay, 400);
        assertThat(detail(badDay)).contains("từ ngày 1 đến ngày 28");
        assertProblem(post(REPORTS, "{\"year\":2026}", DemoAccount.ADMIN), 400);
        assertProblem(post(REPORTS, "{\"kind\":\"PEAK\",\"year\":1990}", DemoAccount.ADMIN), 400);
        assertProblem(get(REPORTS + "/987654321", DemoAccount.ADMIN), 404);
    }

    private static void registerEstablishment() throws SQLException {
        long line;
        long commune;
        try (Connection c = Database.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select (select id from inspection.business_line where code = 'KARAOKE'),"
                        + " (select id from core.administrative_unit where code = '75-004' and valid_to is null)")) {
            r.next();
            line = r.getLong(1);
            commune = r.getLong(2);
        }
        String body = String.format("""
                {"name": "Karaoke Sau Ban Hành %s", "businessLineId": %d, "registrationNo": "%s",
                 "ownerName": "Trần Văn Báo", "address": "3 Đường Báo Cáo", "communeId": %d}""", Unique.code("P"), line, Unique.code("GP"), commune);
        HttpResponse<String> created = Vigil.sendJson(
                "POST", "/api/v1/establishments", body, "Authorization", DemoAccount.INSPECTOR.basicAuth());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private static long establishments(JsonObject withFigures) {
        for (JsonValue v : withFigures.getJsonArray("figures")) {
            JsonObject f = v.asJsonObject();
            if (f.getString("code").equals("EST.TOTAL")) {
                return f.getJsonNumber("value").longValue();
            }
        }
        throw new AssertionError("no EST.TOTAL in " + withFigures);
    }

    private static JsonObject created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Vigil.json(response).asJsonObject();
    }

    private static HttpResponse<String> get(String path, DemoAccount account) {
        return Vigil.get(path, "Authorization", account.basicAuth());
    }

    private static HttpResponse<String> post(String path, String body, DemoAccount account) {
        return Vigil.sendJson("POST", path, body, "Authorization", account.basicAuth());
    }
}
