package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.vigil.liberty.Problems.assertProblem;
import static vn.vigil.liberty.Problems.detail;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A violation case over REST: from a hand-opened case to a paid decision, refusals in the caller's language. */
class ViolationCaseIT {

    static final String TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    static final String LEGAL = Vigil.basic("legal", Vigil.PASSWORD);

    @Test
    void aLegalOfficerTakesACaseToAPaidDecisionAndRefusalsChangeNothing() {
        long karaoke = provision("08 giờ đến 24 giờ");
        JsonObject c = ok(post("/api/v1/violation-cases", "{\"detectedOn\":\"" + TODAY + "\"}", "vi"), 201);
        long id = c.getJsonNumber("id").longValue();
        assertThat(c.getString("status")).isEqualTo("OPENED");
        assertThat(c.getString("dueRule")).isEqualTo("RECORD");

        c = ok(post(step(id, "record", c), """
                {"violatorKind":"ORGANISATION","violatorName":"Công ty TNHH Giải trí Sao Mai","provisionIds":[%d],
                 "recordedOn":"%s"}""".formatted(karaoke, TODAY), "vi"), 200);
        assertThat(c.getString("status")).isEqualTo("RECORDED");

        HttpResponse<String> tooHigh = post(step(id, "decision", c), decision(30_000_001L), "en");
        assertProblem(tooHigh, 400);
        assertThat(detail(tooHigh)).contains("must be between 20,000,000 and 30,000,000 VND");
        HttpResponse<String> tooHighVi = post(step(id, "decision", c), decision(30_000_001L), "vi");
        assertThat(detail(tooHighVi)).contains("phải từ 20.000.000 đến 30.000.000 đồng");

        c = ok(post(step(id, "decision", c), decision(25_000_000L), "vi"), 200);
        assertThat(c.getString("status")).isEqualTo("DECIDED");
        assertThat(c.getJsonNumber("fineTotal").longValue()).isEqualTo(25_000_000L);

        c = ok(post(step(id, "delivery", c), "{\"deliveredOn\":\"" + TODAY + "\",\"refused\":false}", "vi"), 200);
        HttpResponse<String> tooMuch = post(step(id, "payments", c), payment("R1-" + id, 25_000_001L), "en");
        assertProblem(tooMuch, 400);
        assertThat(detail(tooMuch)).contains("more than the 25,000,000 VND still owed");

        c = ok(post(step(id, "payments", c), payment("R1-" + id, 10_000_000L), "vi"), 200);
        assertThat(c.getJsonNumber("balance").longValue()).isEqualTo(15_000_000L);
        c = ok(post(step(id, "payments", c), payment("R2-" + id, 15_000_000L), "vi"), 200);
        assertThat(c.getString("status")).isEqualTo("PAID");

        HttpResponse<String> notAllowed =
                post(step(id, "steps", c), "{\"action\":\"TRANSFER_TO_POLICE\",\"reason\":\"x\"}", "en");
        assertProblem(notAllowed, 400);
        assertThat(detail(notAllowed)).contains("while the case is \"paid in full\"");
        assertThat(ok(Vigil.get("/api/v1/violation-cases/" + id, "Authorization", LEGAL), 200)
                        .getString("status"))
                .isEqualTo("PAID");
    }

    @Test
    void aSignedOffVisitWithViolationsOpensItsCaseOnce() {
        long visit = VisitRecords.scheduledVisit();
        String record = "/api/v1/visits/" + visit + "/record";
        String inspector = DemoAccount.INSPECTOR.basicAuth();
        assertThat(Vigil.sendJson("POST", record, "", "Authorization", inspector)
                        .statusCode())
                .isEqualTo(201);
        String content = "{\"answers\":[],\"indicators\":[],\"people\":[],"
                + "\"findings\":[{\"text\":\"Kinh doanh karaoke sau 24 giờ\",\"violation\":true}],"
                + "\"outcome\":\"VIOLATIONS_FOUND\"}";
        JsonObject current =
                Vigil.json(Vigil.get(record, "Authorization", inspector)).asJsonObject();
        VisitRecordIT.answerAllAndSignOff(record, current, content, VisitRecords.uploadPhoto(visit, inspector));

        String ofVisit = "/api/v1/violation-cases?visitId=" + visit;
        HttpResponse<String> found = await().atMost(Duration.ofSeconds(30))
                .until(() -> Vigil.get(ofVisit, "Authorization", LEGAL), r -> r.statusCode() == 200);
        JsonObject opened = Vigil.json(found).asJsonObject();
        assertThat(opened.getString("status")).isEqualTo("OPENED");
        assertThat(opened.getString("dueRule")).isEqualTo("RECORD");
        String visitStart = Vigil.json(Vigil.get("/api/v1/visits/" + visit, "Authorization", inspector))
                .asJsonObject()
                .getString("start");
        assertThat(opened.getString("detectedOn"))
                .as("detected on the day of the visit, not of the sign-off")
                .isEqualTo(visitStart.substring(0, 10));
        assertThat(opened.getJsonArray("history").getJsonObject(0).getString("actedBy"))
                .isNotBlank();
    }

    @Test
    void theCommitteeSeesCountsOnlyAndATeamLeadNeitherActsNorReadsACaseOpenedByHand() {
        String committee = Vigil.basic("committee", Vigil.PASSWORD);
        String lead = Vigil.basic("teamlead", Vigil.PASSWORD);
        JsonObject c = ok(post("/api/v1/violation-cases", "{\"detectedOn\":\"" + TODAY + "\"}", "vi"), 201);
        String path = "/api/v1/violation-cases/" + c.getJsonNumber("id").longValue();

        assertThat(Vigil.get("/api/v1/violation-cases/count", "Authorization", committee)
                        .statusCode())
                .isEqualTo(200);
        assertThat(Vigil.get(path, "Authorization", committee).statusCode()).isEqualTo(403);
        assertThat(Vigil.get(path, "Authorization", lead).statusCode())
                .as("a case opened by hand comes from no visit of the lead's teams")
                .isEqualTo(403);
        long id = c.getJsonNumber("id").longValue();
        assertThat(ids(Vigil.get("/api/v1/violation-cases/deadlines?size=200", "Authorization", lead)))
                .as("the deadline board of a team lead holds his teams' cases only")
                .doesNotContain(id);
        String search = "/api/v1/violation-cases/search?status=opened&order=DETECTED&size=200&detectedFrom=" + TODAY
                + "&detectedTo=" + TODAY;
        assertThat(ids(Vigil.get(search, "Authorization", LEGAL))).contains(id);
        assertThat(ids(Vigil.get(search, "Authorization", lead))).doesNotContain(id);
        assertThat(Vigil.get(search, "Authorization", committee).statusCode()).isEqualTo(403);
        HttpResponse<String> malformed = Vigil.get(
                "/api/v1/violation-cases/search?overdue=perhaps", "Authorization", LEGAL, "Accept-Language", "vi");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("overdue");
        assertThat(Vigil.sendJson(
                                "POST",
                                "/api/v1/violation-cases",
                                "{\"detectedOn\":\"" + TODAY + "\"}",
                                "Authorization",
                                lead)
                        .statusCode())
                .isEqualTo(403);
    }

    private static java.util.List<Long> ids(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        return Vigil.json(page).asJsonObject().getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getJsonNumber("id").longValue())
                .toList();
    }

    private static long provision(String text) {
        HttpResponse<String> found = Vigil.get(
                "/api/v1/legal-provisions?q="
                        + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8),
                "Authorization",
                LEGAL);
        return ok(found, 200)
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    private static String step(long id, String step, JsonObject c) {
        return "/api/v1/violation-cases/" + id + "/" + step + "?version="
                + c.getJsonNumber("version").longValue();
    }

    private static String decision(long fine) {
        return "{\"decidedOn\":\"%s\",\"fines\":[%d]}".formatted(TODAY, fine);
    }

    private static String payment(String receipt, long amount) {
        return "{\"receiptNumber\":\"%s\",\"paidOn\":\"%s\",\"amount\":%d}".formatted(receipt, TODAY, amount);
    }

    private static HttpResponse<String> post(String path, String body, String language) {
        return Vigil.sendJson("POST", path, body, "Authorization", LEGAL, "Accept-Language", language);
    }

    private static JsonObject ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Vigil.json(response).asJsonObject();
    }
}
