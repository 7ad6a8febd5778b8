package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vigil.liberty.Problems.assertProblem;
import static vn.vigil.liberty.Problems.detail;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committee's directives end to end on a started server, through the REST API (OpenAPI): the standing office issues
 * a directive with two tasks, a department's focal point answers its task with figures, a commune's outreach figures
 * pass both approvals and are locked, and the committee sees the commune's missing report as late. Bad input is
 * refused in Vietnamese with nothing saved, and no focal point reaches another unit's task.
 */
class DirectivesIT {

    private static final String OFFICE = Vigil.basic("vanphong", Vigil.PASSWORD);
    private static final String HEALTH = Vigil.basic("daumoi.syt", Vigil.PASSWORD);
    private static final String CULTURE = Vigil.basic("daumoi.svh", Vigil.PASSWORD);
    private static final String COMMUNE = Vigil.basic("daumoi.tranbien", Vigil.PASSWORD);
    private static final String COMMITTEE = DemoAccount.COMMITTEE.basicAuth();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private static long directive;
    private static long healthUnit;
    private static long communeUnit;

    @BeforeAll
    static void theStandingOfficeIssuesADirectiveWithTwoTasks() {
        JsonArray units = Vigil.json(ok(Vigil.get("/api/v1/directives/units", "Authorization", OFFICE)))
                .asJsonArray();
        healthUnit = unit(units, "SYT");
        communeUnit = unit(units, "UBND-TRANBIEN");
        long culture = unit(units, "SVHTTDL");
        String symbol = (System.nanoTime() % 1_000_000) + "/KH-BCĐ";
        HttpResponse<String> made = Vigil.sendJson(
                "POST",
                "/api/v1/directives",
                """
                {"kind":"PLAN","symbol":"%s","issuedOn":"%s","signer":"Phó Trưởng Ban","issuingBody":"Ban Chỉ đạo tỉnh",\
                "subject":"Kiểm tra và tuyên truyền đợt cao điểm","inForceFrom":"%s","inForceUntil":"%s"}""".formatted(symbol, TODAY.minusDays(40), TODAY.minusDays(40), TODAY.plusDays(60)),
                "Authorization",
                OFFICE);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        directive = id(made);
        ok(addTask("""
                {"text":"Báo cáo kết quả hỗ trợ nạn nhân","leadUnitId":%d,"coordinatingUnitIds":[%d],\
                "recurrence":"ONCE","dueOn":"%s","indicators":["INS.VISITS_DONE","VIC.RECEIVED"]}""".formatted(healthUnit, communeUnit, TODAY.minusDays(1))));
        ok(addTask("""
                {"text":"Tuyên truyền tại cơ sở","leadUnitId":%d,"coordinatingUnitIds":[%d],\
                "recurrence":"MONTHLY","reportDay":20,"indicators":["OUT.ACTIVITIES","OUT.PARTICIPANTS"]}""".formatted(culture, communeUnit)));
        HttpResponse<String> sent = Vigil.sendJson(
                "POST", "/api/v1/directives/" + directive + "/send?version=" + version(), "", "Authorization", OFFICE);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(Vigil.json(sent).asJsonObject().getBoolean("sent")).isTrue();
    }

    @Test
    void badInputIsRefusedInVietnameseAndNothingIsSaved() {
        HttpResponse<String> made = Vigil.sendJson(
                "POST",
                "/api/v1/directives",
                """
                {"kind":"OFFICIAL_LETTER","symbol":"%s/BCĐ","issuedOn":"%s","signer":"A","issuingBody":"B",\
                "subject":"Thử lỗi","inForceFrom":"%s"}""".formatted(System.nanoTime() % 1_000_000, TODAY, TODAY),
                "Authorization",
                OFFICE);
        long draft = id(made);
        HttpResponse<String> early = Vigil.sendJson(
                "POST",
                "/api/v1/directives/" + draft + "/tasks",
                """
                {"text":"Sớm quá","leadUnitId":%d,"recurrence":"ONCE","dueOn":"%s"}""".formatted(healthUnit, TODAY.minusDays(1)),
                "Authorization",
                OFFICE);
        assertProblem(early, 400);
        assertThat(detail(early)).contains("trước ngày ban hành");
        HttpResponse<String> notPdf = Vigil.send(Vigil.request("/api/v1/directives/" + draft + "/pdf")
                .header("Authorization", OFFICE)
                .header("Content-Type", "application/pdf")
                .PUT(HttpRequest.BodyPublishers.ofString("<html>not a pdf</html>", StandardCharsets.UTF_8))
                .build());
        assertProblem(notPdf, 400);
        assertThat(detail(notPdf)).contains("không phải là PDF");
        HttpResponse<String> noTasks =
                Vigil.sendJson("POST", "/api/v1/directives/" + draft + "/send?version=0", "", "Authorization", OFFICE);
        assertProblem(noTasks, 400);
        JsonObject after = Vigil.json(ok(Vigil.get("/api/v1/directives/" + draft, "Authorization", OFFICE)))
                .asJsonObject();
        assertThat(after.getJsonArray("tasks")).isEmpty();
        assertThat(after.getBoolean("sent")).isFalse();
        assertThat(after.get("pdfName")).isIn(null, JsonValue.NULL);
    }

    @Test
    void aDepartmentsFocalPointAnswersItsTaskWithFiguresAndNoOtherUnitReachesIt() {
        JsonObject item = inboxItem(HEALTH, "Báo cáo kết quả hỗ trợ nạn nhân").orElseThrow();
        long assignment = item.getJsonNumber("taskUnitId").longValue();
        assertThat(inboxItem(CULTURE, "Báo cáo kết quả hỗ trợ nạn nhân"))
                .as("not in another unit's inbox")
                .isEmpty();
        assertProblem(Vigil.get("/api/v1/inbox/" + assignment, "Authorization", CULTURE), 403);
        assertProblem(report(CULTURE, assignment, TODAY.minusDays(1), "{\"INS.VISITS_DONE\":1}"), 403);

        JsonObject acknowledged = Vigil.json(ok(Vigil.sendJson(
                        "POST", "/api/v1/inbox/" + assignment + "/acknowledge", "", "Authorization", HEALTH)))
                .asJsonObject();
        assertThat(acknowledged.getBoolean("acknowledged")).isTrue();
        JsonObject prefill = Vigil.json(ok(Vigil.get(
                        "/api/v1/inbox/" + assignment + "/prefill?due=" + TODAY.minusDays(1), "Authorization", HEALTH)))
                .asJsonObject();
        assertThat(prefill.keySet()).as("Vigil knows the department's visits").containsExactly("INS.VISITS_DONE");

        HttpResponse<String> negative = report(HEALTH, assignment, TODAY.minusDays(1), "{\"VIC.RECEIVED\":-2}");
        assertProblem(negative, 400);
        assertThat(detail(negative)).contains("không được âm");
        assertProblem(report(HEALTH, assignment, TODAY.minusDays(2), "{}"), 400);

        JsonObject written = Vigil.json(ok(
                        report(HEALTH, assignment, TODAY.minusDays(1), "{\"INS.VISITS_DONE\":7,\"VIC.RECEIVED\":3}")))
                .asJsonObject();
        assertThat(written.getString("state")).isEqualTo("DRAFT");
        assertThat(written.getJsonObject("figures").getInt("VIC.RECEIVED")).isEqualTo(3);
        long reportId = written.getJsonNumber("id").longValue();
        JsonObject submitted = Vigil.json(ok(Vigil.sendJson(
                        "POST",
                        "/api/v1/inbox/reports/" + reportId + "/submit?version=" + written.getInt("version"),
                        "",
                        "Authorization",
                        HEALTH)))
                .asJsonObject();
        assertThat(submitted.getString("state"))
                .as("a department's report goes straight to the standing office")
                .isEqualTo("AWAITING_APPROVAL");
        assertProblem(report(HEALTH, assignment, TODAY.minusDays(1), "{\"VIC.RECEIVED\":4}"), 400);
        HttpResponse<String> approved = Vigil.sendJson(
                "POST",
                "/api/v1/approvals/report/" + reportId + "/approve?version=" + submitted.getInt("version"),
                "",
                "Authorization",
                OFFICE);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
        HttpResponse<String> locked = report(HEALTH, assignment, TODAY.minusDays(1), "{\"VIC.RECEIVED\":4}");
        assertProblem(locked, 400);
        assertThat(detail(locked)).contains("đã được phê duyệt");
        JsonObject lockedReport = Vigil.json(
                        ok(Vigil.get("/api/v1/inbox/reports/" + reportId, "Authorization", COMMITTEE)))
                .asJsonObject();
        assertThat(lockedReport.getString("state")).isEqualTo("APPROVED");
        assertThat(lockedReport.getString("approvedBy")).isEqualTo("vanphong");
        HttpResponse<String> reopened = Vigil.sendJson(
                "POST",
                "/api/v1/approvals/report/" + reportId + "/unapprove?version=" + lockedReport.getInt("version"),
                "{\"reason\":\"Số nạn nhân chưa khớp sổ tiếp nhận\"}",
                "Authorization",
                OFFICE);
        assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(204);
        assertThat(Vigil.json(ok(Vigil.get("/api/v1/inbox/reports/" + reportId, "Authorization", HEALTH)))
                        .asJsonObject()
                        .getString("state"))
                .isEqualTo("AWAITING_APPROVAL");
        JsonObject audit = Vigil.json(ok(Vigil.get(
                        "/api/v1/audit-entries?entityType=TaskReport&entityId=" + reportId + "&size=50",
                        "Authorization",
                        DemoAccount.ADMIN.basicAuth())))
                .asJsonObject();
        assertThat(audit.getJsonArray("items").getValuesAs(JsonObject.class))
                .as("every step is audited, the un-approval with its reason: %s", audit)
                .anyMatch(e -> e.getString("action").equals("APPROVAL_UNAPPROVE")
                        && e.getString("detail").contains("Số nạn nhân chưa khớp sổ tiếp nhận"))
                .anyMatch(e -> e.getString("action").equals("TASK_REPORT_SUBMITTED"));

        JsonArray units = Vigil.json(
                        ok(Vigil.get("/api/v1/directives/" + directive + "/units", "Authorization", COMMITTEE)))
                .asJsonArray();
        JsonObject health = status(units, healthUnit);
        JsonObject commune = status(units, communeUnit);
        assertThat(health.getInt("late") + health.getInt("onTime")).isEqualTo(1);
        assertThat(health.getInt("missing")).isZero();
        assertThat(commune.getInt("missing"))
                .as("the commune sent nothing for the task due yesterday: the committee sees it late")
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void aCommunesOutreachFiguresPassBothApprovalsAndAreLocked() {
        HttpResponse<String> negative = logOutreach("-5");
        assertProblem(negative, 400);
        assertThat(detail(negative)).contains("không được âm");
        JsonObject logged = Vigil.json(logOutreach("120")).asJsonObject();
        long id = logged.getJsonNumber("id").longValue();
        assertProblem(photo(id, "image/png", "<script>".getBytes(StandardCharsets.UTF_8)), 400);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d};
        JsonObject withPhoto = Vigil.json(ok(photo(id, "image/png", png))).asJsonObject();
        assertThat(withPhoto.getBoolean("hasPhoto")).isTrue();
        assertThat(Vigil.get("/api/v1/outreach/" + id + "/photo", "Authorization", COMMITTEE)
                        .statusCode())
                .isEqualTo(200);
        assertProblem(Vigil.get("/api/v1/outreach/" + id + "/photo", "Authorization", HEALTH), 403);
        logged = withPhoto;
        JsonObject submitted = Vigil.json(ok(Vigil.sendJson(
                        "POST",
                        "/api/v1/outreach/" + id + "/submit?version=" + logged.getInt("version"),
                        "",
                        "Authorization",
                        COMMUNE)))
                .asJsonObject();
        assertThat(submitted.getString("state")).isEqualTo("AWAITING_REVIEW");

        assertProblem(step(COMMUNE, id, "review", submitted), 403);
        assertProblem(step(OFFICE, id, "approve", submitted), 400);
        JsonArray waiting = Vigil.json(ok(Vigil.get("/api/v1/approvals", "Authorization", CULTURE)))
                .asJsonArray();
        assertThat(waiting.getValuesAs(JsonObject.class))
                .anyMatch(w -> w.getString("subject").equals("OUTREACH")
                        && w.getJsonNumber("id").longValue() == id);
        assertThat(step(CULTURE, id, "review", submitted).statusCode()).isEqualTo(204);
        JsonObject reviewed = outreach(id, COMMUNE);
        assertThat(reviewed.getString("state")).isEqualTo("AWAITING_APPROVAL");
        assertThat(step(OFFICE, id, "approve", reviewed).statusCode()).isEqualTo(204);
        JsonObject approved = outreach(id, COMMITTEE);
        assertThat(approved.getString("state")).isEqualTo("APPROVED");

        HttpResponse<String> edit = Vigil.sendJson(
                "PUT",
                "/api/v1/outreach/" + id + "?version=" + approved.getInt("version"),
                outreachBody("1"),
                "Authorization",
                COMMUNE);
        assertProblem(edit, 400);
        assertThat(detail(edit)).contains("đã được phê duyệt");
        assertThat(outreach(id, COMMUNE).getInt("participants")).isEqualTo(120);

        HttpResponse<String> noReason = Vigil.sendJson(
                "POST",
                "/api/v1/approvals/outreach/" + id + "/unapprove?version=" + approved.getInt("version"),
                "{\"reason\":\" \"}",
                "Authorization",
                OFFICE);
        assertProblem(noReason, 400);
        HttpResponse<String> reopened = Vigil.sendJson(
                "POST",
                "/api/v1/approvals/outreach/" + id + "/unapprove?version=" + approved.getInt("version"),
                "{\"reason\":\"Sai số lượt người\"}",
                "Authorization",
                OFFICE);
        assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(204);
        JsonArray history = Vigil.json(
                        ok(Vigil.get("/api/v1/approvals/outreach/" + id + "/history", "Authorization", OFFICE)))
                .asJsonArray();
        assertThat(history.getValuesAs(JsonObject.class).stream().map(s -> s.getString("action")))
                .containsExactly("SUBMIT", "REVIEW", "APPROVE", "UNAPPROVE");
        JsonObject totals = Vigil.json(
                        ok(Vigil.get("/api/v1/outreach/totals?unit=" + communeUnit, "Authorization", COMMITTEE)))
                .asJsonObject();
        assertThat(totals.getJsonNumber("participants").longValue())
                .isGreaterThan(totals.getJsonNumber("approvedParticipants").longValue());
    }

    @Test
    void onlyTheStandingOfficeWritesDirectivesAndFocalPointsSeeOnlyTheirOwnOutreach() {
        for (String caller :
                List.of(COMMITTEE, HEALTH, DemoAccount.ADMIN.basicAuth(), DemoAccount.INSPECTOR.basicAuth())) {
            assertProblem(Vigil.sendJson("POST", "/api/v1/directives", "{}", "Authorization", caller), 403);
        }
        assertProblem(Vigil.get("/api/v1/directives", "Authorization", HEALTH), 403);
        assertProblem(Vigil.get("/api/v1/directives", "Authorization", DemoAccount.INSPECTOR.basicAuth()), 403);
        assertProblem(Vigil.get("/api/v1/inbox", "Authorization", COMMITTEE), 403);
        assertProblem(Vigil.get("/api/v1/outreach", "Authorization", DemoAccount.CASE_WORKER.basicAuth()), 403);
        assertThat(Vigil.get("/api/v1/directives").statusCode()).isEqualTo(401);
        JsonObject logged = Vigil.json(logOutreach("3")).asJsonObject();
        assertProblem(Vigil.get("/api/v1/outreach/" + logged.getJsonNumber("id"), "Authorization", HEALTH), 403);
        JsonObject healthsOwn = Vigil.json(ok(Vigil.get("/api/v1/outreach?size=200", "Authorization", HEALTH)))
                .asJsonObject();
        assertThat(healthsOwn.getJsonArray("items").getValuesAs(JsonObject.class))
                .allSatisfy(a ->
                        assertThat(a.getJsonObject("unit").getString("code")).isEqualTo("SYT"));
    }

    @Test
    void outreachIsImportedFromASpreadsheetWholeOrNotAtAll() throws Exception {
        JsonObject commune = Vigil.json(ok(Vigil.get(
                        "/api/v1/admin-units?level=COMMUNE&size=1", "Authorization", DemoAccount.ADMIN.basicAuth())))
                .asJsonObject()
                .getJsonArray("items")
                .getJsonObject(0);
        String code = commune.getString("code");
        String day = TODAY.minusDays(2).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        byte[] bad = workbook(List.of(
                List.of(day, "Họp dân", "Phụ nữ; Công nhân", code, "80", "10", "Họp dân tổ 4"),
                List.of(day, "SCHOOL_TALK", "STUDENTS", code, "-1", "0", "")));
        long before = communeActivities();
        JsonObject dryRun = Vigil.json(ok(importXlsx(bad, true))).asJsonObject();
        assertThat(dryRun.getInt("rows")).isEqualTo(2);
        assertThat(dryRun.getInt("imported")).isZero();
        JsonObject problem = dryRun.getJsonArray("problems").getJsonObject(0);
        assertThat(problem.getInt("row")).isEqualTo(3);
        assertThat(problem.getString("messageKey")).isEqualTo("outreach.count.negative");
        HttpResponse<String> refused = importXlsx(bad, false);
        assertProblem(refused, 400);
        assertThat(detail(refused)).contains("1 dòng lỗi");
        assertThat(communeActivities()).as("nothing half-saved").isEqualTo(before);

        byte[] good = workbook(List.of(
                List.of(day, "Họp dân", "Phụ nữ; Công nhân", code, "80", "10", "Họp dân tổ 4"),
                List.of(day, "SCHOOL_TALK", "STUDENTS", code, "1.200", "0", "")));
        JsonObject imported = Vigil.json(ok(importXlsx(good, false))).asJsonObject();
        assertThat(imported.getInt("imported")).isEqualTo(2);
        assertThat(communeActivities()).isEqualTo(before + 2);
        assertProblem(
                Vigil.send(Vigil.request("/api/v1/outreach/import?dryRun=true")
                        .header("Authorization", COMMUNE)
                        .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        .POST(HttpRequest.BodyPublishers.ofString("not a workbook"))
                        .build()),
                400);
    }

    @Test
    void theDesksCountTasksDueAndFiguresWaitingAndTheCommitteeSeesWhatIsNotYetApproved() {
        JsonObject health = desk(HEALTH, "FOCAL_POINT");
        long open = Vigil.json(ok(Vigil.get("/api/v1/inbox", "Authorization", HEALTH)))
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(i -> !i.getBoolean("done"))
                .count();
        assertThat(tile(health, "dashboard.tasksOpen")).isEqualTo(open).isPositive();
        long waiting = Vigil.json(ok(Vigil.get("/api/v1/approvals", "Authorization", OFFICE)))
                .asJsonArray()
                .size();
        assertThat(tile(desk(OFFICE, "STANDING_OFFICE"), "dashboard.toApprove")).isEqualTo(waiting);
        String year = "from=" + TODAY.withDayOfYear(1) + "&until=" + TODAY;
        JsonObject totals = Vigil.json(ok(Vigil.get("/api/v1/outreach/totals?" + year, "Authorization", COMMITTEE)))
                .asJsonObject();
        assertThat(tile(desk(COMMITTEE, "COMMITTEE_VIEWER"), "dashboard.outreachNotYetApproved"))
                .isEqualTo(totals.getJsonNumber("activities").longValue()
                        - totals.getJsonNumber("approvedActivities").longValue());
    }

    private static JsonObject desk(String caller, String role) {
        return Vigil.json(ok(Vigil.get("/api/v1/me/dashboard", "Authorization", caller)))
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(d -> d.getString("role").equals(role))
                .findFirst()
                .orElseThrow();
    }

    private static long tile(JsonObject desk, String key) {
        return desk.getJsonArray("tiles").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("labelKey").equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no tile " + key))
                .getJsonNumber("value")
                .longValue();
    }

    @Test
    void aChangeSignedOnlyByTheSessionCookieIsRefusedFromAnotherSite() {
        WebSession browser = WebSession.signedInAs("daumoi.tranbien");
        long before = communeActivities();
        HttpResponse<String> forged =
                browser.sendJson("POST", "/api/v1/outreach", outreachBody("5"), "Origin", "http://evil.example");
        assertProblem(forged, 403);
        assertThat(communeActivities()).as("nothing saved").isEqualTo(before);
        HttpResponse<String> own =
                browser.sendJson("POST", "/api/v1/outreach", outreachBody("5"), "Origin", Vigil.baseUrl());
        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
    }

    private static long communeActivities() {
        return Vigil.json(ok(Vigil.get("/api/v1/outreach/totals", "Authorization", COMMUNE)))
                .asJsonObject()
                .getJsonNumber("activities")
                .longValue();
    }

    private static HttpResponse<String> importXlsx(byte[] content, boolean dryRun) {
        return Vigil.send(Vigil.request("/api/v1/outreach/import?dryRun=" + dryRun)
                .header("Authorization", COMMUNE)
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .build());
    }

    private static byte[] workbook(List<List<String>> rows) throws java.io.IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("Tuyên truyền");
            List<String> header = List.of("Ngày", "Hình thức", "Đối tượng", "Mã xã", "Lượt người", "Tài liệu", "Mô tả");
            for (int r = 0; r <= rows.size(); r++) {
                List<String> cells = r == 0 ? header : rows.get(r - 1);
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static HttpResponse<String> photo(long id, String type, byte[] content) {
        return Vigil.send(Vigil.request("/api/v1/outreach/" + id + "/photo")
                .header("Authorization", COMMUNE)
                .header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content))
                .build());
    }

    private static HttpResponse<String> logOutreach(String participants) {
        return Vigil.sendJson("POST", "/api/v1/outreach", outreachBody(participants), "Authorization", COMMUNE);
    }

    private static String outreachBody(String participants) {
        long commune = Vigil.json(ok(Vigil.get(
                        "/api/v1/admin-units?level=COMMUNE&size=1", "Authorization", DemoAccount.ADMIN.basicAuth())))
                .asJsonObject()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        return """
                {"heldOn":"%s","kind":"COMMUNITY_MEETING","audiences":["WOMEN","GOING_ABROAD"],"communeIds":[%d],\
                "participants":%s,"materials":40,"description":"Họp dân khu phố 3"}""".formatted(TODAY.minusDays(3), commune, participants);
    }

    private static HttpResponse<String> step(String caller, long id, String action, JsonObject current) {
        return Vigil.sendJson(
                "POST",
                "/api/v1/approvals/outreach/" + id + "/" + action + "?version=" + current.getInt("version"),
                "",
                "Authorization",
                caller);
    }

    private static JsonObject outreach(long id, String caller) {
        return Vigil.json(ok(Vigil.get("/api/v1/outreach/" + id, "Authorization", caller)))
                .asJsonObject();
    }

    private static HttpResponse<String> report(String caller, long assignment, LocalDate due, String figures) {
        return Vigil.sendJson(
                "PUT",
                "/api/v1/inbox/" + assignment + "/reports",
                """
                {"dueOn":"%s","text":"Đã tiếp nhận và hỗ trợ","figures":%s}""".formatted(due, figures),
                "Authorization",
                caller);
    }

    private static Optional<JsonObject> inboxItem(String caller, String taskText) {
        return Vigil.json(ok(Vigil.get("/api/v1/inbox", "Authorization", caller)))
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(i -> i.getJsonNumber("directiveId").longValue() == directive
                        && i.getString("taskText").equals(taskText))
                .findFirst();
    }

    private static JsonObject status(JsonArray units, long unit) {
        return units.getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getJsonObject("unit").getJsonNumber("id").longValue() == unit)
                .findFirst()
                .orElseThrow();
    }

    private static HttpResponse<String> addTask(String body) {
        return Vigil.sendJson("POST", "/api/v1/directives/" + directive + "/tasks", body, "Authorization", OFFICE);
    }

    private static long version() {
        return Vigil.json(ok(Vigil.get("/api/v1/directives/" + directive, "Authorization", OFFICE)))
                .asJsonObject()
                .getJsonNumber("version")
                .longValue();
    }

    private static long unit(JsonArray units, String code) {
        return units.getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("code").equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no unit " + code + " in " + units))
                .getJsonNumber("id")
                .longValue();
    }

    private static long id(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Vigil.json(response).asJsonObject().getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return response;
    }
}
