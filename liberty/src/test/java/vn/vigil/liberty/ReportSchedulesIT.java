package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vigil.liberty.Problems.assertProblem;
import static vn.vigil.liberty.Problems.detail;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scheduled reports on a started server, without a browser: only administrators reach the page and every endpoint;
 * bad input is refused with its reason in the caller's language and saves nothing; a schedule is kept, paused,
 * resumed and deleted. (The mailing itself: ScheduledReportJourneyIT.)
 */
class ReportSchedulesIT {

    private static final String ADMIN = DemoAccount.ADMIN.basicAuth();
    private static final String PATH = "/api/v1/reports/schedules";

    private static long withEmail;
    private static long withoutEmail;
    private static long schedule;

    @BeforeAll
    static void people() {
        withEmail = staffMember(Unique.username("nhanbc"), true);
        withoutEmail = staffMember(Unique.username("khongthu"), false);
        HttpResponse<String> made = Vigil.sendJson(
                "POST", PATH, body("Lịch kiểm tra quyền", 5, "[\"XLSX\"]", withEmail), "Authorization", ADMIN);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        schedule = Vigil.json(made).asJsonObject().getJsonNumber("id").longValue();
    }

    /** A new committee viewer named "Đỗ Thị Nhận Báo Cáo", with the address username@dongnai.gov.vn or none. */
    static long staffMember(String username, boolean withAddress) {
        String body = """
                {"username":"%s","fullName":"Đỗ Thị Nhận Báo Cáo","email":%s,"departmentId":%d,\
                "roles":["COMMITTEE_VIEWER"],"password":"%s"}""".formatted(
                        username,
                        withAddress ? "\"" + username + "@dongnai.gov.vn\"" : "null",
                        AdminData.someDepartment().getJsonNumber("id").longValue(),
                        Vigil.PASSWORD);
        HttpResponse<String> response = Vigil.sendJson("POST", "/api/v1/users", body, "Authorization", ADMIN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Vigil.json(response).asJsonObject().getJsonNumber("id").longValue();
    }

    static Stream<Arguments> endpoints() {
        List<Arguments> cells = new ArrayList<>();
        for (DemoAccount account : DemoAccount.values()) {
            if (account != DemoAccount.ADMIN) {
                cells.add(Arguments.of("GET", PATH, account));
                cells.add(Arguments.of("POST", PATH, account));
                cells.add(Arguments.of("GET", PATH + "/{id}", account));
                cells.add(Arguments.of("PUT", PATH + "/{id}?version=0", account));
                cells.add(Arguments.of("POST", PATH + "/{id}/pause?version=0", account));
                cells.add(Arguments.of("POST", PATH + "/{id}/resume?version=0", account));
                cells.add(Arguments.of("POST", PATH + "/{id}/send", account));
                cells.add(Arguments.of("GET", PATH + "/{id}/runs", account));
                cells.add(Arguments.of("DELETE", PATH + "/{id}", account));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @MethodSource("endpoints")
    void onlyAnAdministratorReachesTheEndpoints(String method, String path, DemoAccount account) {
        String body = body("Lịch của người khác", 5, "[\"PDF\"]", withEmail);
        HttpResponse<String> response = Vigil.sendJson(
                method, path.replace("{id}", String.valueOf(schedule)), body, "Authorization", account.basicAuth());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        if (method.equals("DELETE")) {
            assertThat(Vigil.get(PATH + "/" + schedule, "Authorization", ADMIN).statusCode())
                    .as("still there")
                    .isEqualTo(200);
        }
    }

    @Test
    void withoutSigningInNothingIsAnswered() {
        assertThat(Vigil.get(PATH).statusCode()).isEqualTo(401);
        assertThat(Vigil.sendJson("POST", PATH + "/" + schedule + "/send", "{}").statusCode())
                .isEqualTo(401);
    }

    @ParameterizedTest
    @EnumSource(DemoAccount.class)
    void onlyAnAdministratorOpensThePageAndOnlyAnAdministratorsMenuLeadsThere(DemoAccount account) {
        WebSession session = WebSession.signedInAs(account);
        HttpResponse<String> page = session.get("/admin/report-schedules.xhtml");
        boolean admin = account == DemoAccount.ADMIN;

        assertThat(page.statusCode()).isEqualTo(admin ? 200 : 403);
        assertThat(session.get("/index.xhtml").body().contains("/admin/report-schedules.xhtml"))
                .isEqualTo(admin);
        if (admin) {
            assertThat(page.body()).contains("Lịch gửi báo cáo qua thư điện tử").contains("Lịch kiểm tra quyền");
        }
    }

    @Test
    void badInputIsRefusedInTheCallersLanguageAndNothingIsSaved() {
        String name = "Lịch sai " + Unique.code("x");
        refused(body(name, 29, "[\"XLSX\"]", withEmail), "vi", "Ngày gửi trong tháng phải từ 1 đến 28.");
        refused(body(name, 29, "[\"XLSX\"]", withEmail), "en", "The day of the month must be from 1 to 28.");
        refused(body(name, 0, "[\"XLSX\"]", withEmail), "vi", "Ngày gửi trong tháng phải từ 1 đến 28.");
        refused(body(name, 5, "[\"XLSX\"]"), "vi", "Vui lòng chọn ít nhất một người nhận.");
        refused(body(name, 5, "[\"XLSX\"]"), "en", "Choose at least one recipient.");
        refused(
                body(name, 5, "[\"XLSX\"]", withEmail, withoutEmail),
                "vi",
                "Đỗ Thị Nhận Báo Cáo chưa có địa chỉ thư điện tử; hãy bổ sung ở trang Người dùng hoặc chọn người khác.");
        refused(body(name, 5, "[\"DOCX\"]", withEmail), "en", "DOCX");
        refused(body(name, 5, "[]", withEmail), "vi", "Vui lòng chọn ít nhất một loại tệp đính kèm (XLSX hoặc PDF).");
        refused(
                body(name, 5, "[\"PDF\"]", withEmail).replace("\"08:00\"", "\"25:99\""),
                "vi",
                "Giờ gửi \"25:99\" không hợp lệ: hãy viết theo dạng giờ:phút, ví dụ 08:00.");

        assertThat(Vigil.get(PATH, "Authorization", ADMIN).body()).doesNotContain(name);
    }

    @Test
    void aScheduleIsKeptPausedResumedAndDeletedWithItsNextSending() {
        HttpResponse<String> made = Vigil.sendJson("POST", PATH, """
                {"name":"Số liệu tuần","cadence":"WEEKLY","dayOfWeek":"FRIDAY","sendAt":"16:30",\
                "formats":["PDF","XLSX"],"recipients":[%d]}""".formatted(withEmail), "Authorization", ADMIN);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonObject created = Vigil.json(made).asJsonObject();
        long id = created.getJsonNumber("id").longValue();
        assertThat(made.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(PATH + "/" + id));
        assertThat(created.getString("cadence")).isEqualTo("WEEKLY");
        assertThat(created.getString("nextDueAt")).isNotBlank();
        assertThat(created.getJsonArray("recipients").getJsonObject(0).getString("email"))
                .endsWith("@dongnai.gov.vn");

        HttpResponse<String> paused = Vigil.sendJson(
                "POST", PATH + "/" + id + "/pause?version=" + created.getInt("version"), "", "Authorization", ADMIN);
        assertThat(paused.statusCode()).as(paused.body()).isEqualTo(200);
        assertThat(Vigil.json(paused).asJsonObject().getBoolean("active")).isFalse();
        HttpResponse<String> stale = Vigil.sendJson(
                "POST", PATH + "/" + id + "/resume?version=" + created.getInt("version"), "", "Authorization", ADMIN);
        assertProblem(stale, 409);
        HttpResponse<String> resumed = Vigil.sendJson(
                "POST",
                PATH + "/" + id + "/resume?version="
                        + Vigil.json(paused).asJsonObject().getInt("version"),
                "",
                "Authorization",
                ADMIN);
        assertThat(Vigil.json(resumed).asJsonObject().getBoolean("active")).isTrue();
        assertThat(Vigil.get(PATH + "/" + id + "/runs", "Authorization", ADMIN).body())
                .isEqualTo("[]");

        HttpResponse<String> deleted = Vigil.sendJson("DELETE", PATH + "/" + id, "", "Authorization", ADMIN);
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertProblem(Vigil.get(PATH + "/" + id, "Authorization", ADMIN), 404);
    }

    private static void refused(String body, String language, String reason) {
        HttpResponse<String> response =
                Vigil.sendJson("POST", PATH, body, "Authorization", ADMIN, "Accept-Language", language);
        assertProblem(response, 400);
        assertThat(detail(response)).contains(reason);
    }

    private static String body(String name, int day, String formats, long... recipients) {
        StringBuilder ids = new StringBuilder();
        for (long r : recipients) {
            ids.append(ids.isEmpty() ? "" : ",").append(r);
        }
        return """
                {"name":"%s","cadence":"MONTHLY","dayOfMonth":%d,"sendAt":"08:00","formats":%s,"recipients":[%s]}""".formatted(name, day, formats, ids);
    }
}
