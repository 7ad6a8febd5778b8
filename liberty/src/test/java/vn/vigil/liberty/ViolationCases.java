package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Violation cases for the browser journeys: a visit of the demo team signed off with a violation opens one. */
final class ViolationCases {

    static final String LEGAL = Vigil.basic("legal", Vigil.PASSWORD);

    private ViolationCases() {}

    /**
     * Schedules, records and signs off a recent visit with a violation finding (so its case can still be decided);
     * answers the case it opened.
     */
    static JsonObject caseOfSignedOffVisit() {
        long visit = VisitRecords.recentVisit();
        String record = "/api/v1/visits/" + visit + "/record";
        String inspector = DemoAccount.INSPECTOR.basicAuth();
        HttpResponse<String> begun = Vigil.sendJson("POST", record, "", "Authorization", inspector);
        assertThat(begun.statusCode()).as(begun.body()).isEqualTo(201);
        String content = "{\"answers\":[],\"indicators\":[],\"people\":[],"
                + "\"findings\":[{\"text\":\"Kinh doanh karaoke sau 24 giờ\",\"violation\":true}],"
                + "\"outcome\":\"VIOLATIONS_FOUND\"}";
        JsonObject current =
                Vigil.json(Vigil.get(record, "Authorization", inspector)).asJsonObject();
        VisitRecordIT.answerAllAndSignOff(record, current, content, VisitRecords.uploadPhoto(visit, inspector));
        String ofVisit = "/api/v1/violation-cases?visitId=" + visit;
        HttpResponse<String> found = await().atMost(Duration.ofSeconds(30))
                .until(() -> Vigil.get(ofVisit, "Authorization", LEGAL), r -> r.statusCode() == 200);
        return Vigil.json(found).asJsonObject();
    }

    /** A case a legal officer opened by hand, detected on {@code day}, as the API answered it. */
    static JsonObject openedByHand(java.time.LocalDate day) {
        HttpResponse<String> opened = Vigil.sendJson(
                "POST", "/api/v1/violation-cases", "{\"detectedOn\":\"" + day + "\"}", "Authorization", LEGAL);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return Vigil.json(opened).asJsonObject();
    }

    /** The name of the establishment a case concerns. */
    static String establishmentName(JsonObject violationCase) {
        HttpResponse<String> found = Vigil.get(
                "/api/v1/establishments/"
                        + violationCase.getJsonNumber("establishmentId").longValue(),
                "Authorization",
                DemoAccount.TEAM_LEAD.basicAuth());
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return Vigil.json(found).asJsonObject().getString("name");
    }

    /** The customary reference of the first catalogue act matching {@code text}. */
    static String provisionReference(String text) {
        HttpResponse<String> found =
                Vigil.get("/api/v1/legal-provisions?q=" + AdminData.encode(text), "Authorization", LEGAL);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return Vigil.json(found)
                .asJsonObject()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("reference");
    }
}
