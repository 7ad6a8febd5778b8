package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A visit signed off with trafficking indicators reaches the case workers as a referral, which opens a case. */
class IndicatorReferralIT {

    static final String CASE_WORKER = DemoAccount.CASE_WORKER.basicAuth();
    static final String REFERRALS = "/api/v1/victim-cases/indicator-referrals?size=200";

    @Test
    void aVisitWithIndicatorsIsReferredAndAcceptingOpensACaseLinkedToIt() {
        long visit = VisitRecords.scheduledVisit();
        String record = "/api/v1/visits/" + visit + "/record";
        String inspector = DemoAccount.INSPECTOR.basicAuth();
        assertThat(Vigil.sendJson("POST", record, "", "Authorization", inspector)
                        .statusCode())
                .isEqualTo(201);
        String content = "{\"answers\":[],\"indicators\":[{\"indicator\":\"WITHHELD_DOCUMENTS\",\"observed\":true,"
                + "\"note\":\"Chủ cơ sở giữ căn cước của nhân viên\"}],\"people\":[],"
                + "\"findings\":[{\"text\":\"Giữ giấy tờ tùy thân của người lao động\",\"violation\":true}],"
                + "\"outcome\":\"VIOLATIONS_FOUND\"}";
        JsonObject current =
                Vigil.json(Vigil.get(record, "Authorization", inspector)).asJsonObject();
        VisitRecordIT.answerAllAndSignOff(record, current, content, VisitRecords.uploadPhoto(visit, inspector));

        JsonObject referral = await().atMost(Duration.ofSeconds(60)).until(() -> pendingFor(visit), r -> r != null);
        assertThat(referral.getString("status")).isEqualTo("PENDING");
        assertTheQueueNamesTheEstablishmentOfItsOldestReferral();

        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        HttpResponse<String> accepted = Vigil.sendJson(
                "POST",
                "/api/v1/victim-cases/indicator-referrals/" + referral.getJsonNumber("id") + "/acceptance?version="
                        + referral.getJsonNumber("version"),
                """
                {"receivedOn":"%s","receivedPlace":"Tại cơ sở được kiểm tra","receivedBy":"Đoàn kiểm tra liên ngành",
                 "role":"VICTIM","nationality":"VN","birthYear":2004,"sex":"FEMALE","consentToProcessing":false}""".formatted(today),
                "Authorization",
                CASE_WORKER);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        JsonObject opened = Vigil.json(accepted).asJsonObject().getJsonObject("victimCase");
        assertThat(opened.getJsonNumber("sourceVisitId").longValue()).isEqualTo(visit);
        assertThat(opened.getBoolean("identityStored")).isFalse();
        assertThat(pendingFor(visit)).isNull();
    }

    /** The case worker's page lists referrals oldest first, each with the name of the establishment visited. */
    private static void assertTheQueueNamesTheEstablishmentOfItsOldestReferral() {
        JsonObject oldest = Vigil.json(Vigil.get(REFERRALS, "Authorization", CASE_WORKER))
                .asJsonObject()
                .getJsonArray("items")
                .getJsonObject(0);
        HttpResponse<String> establishment = Vigil.get(
                "/api/v1/establishments/" + oldest.getJsonNumber("establishmentId"),
                "Authorization",
                DemoAccount.TEAM_LEAD.basicAuth());
        assertThat(establishment.statusCode()).isEqualTo(200);
        String name = Vigil.json(establishment).asJsonObject().getString("name");

        HttpResponse<String> page =
                WebSession.signedInAs(DemoAccount.CASE_WORKER).get("/victim/cases.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(escaped(name));
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static JsonObject pendingFor(long visit) {
        HttpResponse<String> pending = Vigil.get(REFERRALS, "Authorization", CASE_WORKER);
        return Vigil.json(pending).asJsonObject().getJsonArray("items").stream()
                .map(v -> v.asJsonObject())
                .filter(r -> r.getJsonNumber("visitId").longValue() == visit)
                .findFirst()
                .orElse(null);
    }
}
