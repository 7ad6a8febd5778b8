package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vigil.liberty.Problems.assertProblem;
import static vn.vigil.liberty.Problems.detail;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The printed record of violation and sanction decision of a case taken through REST: numbered when issued, not
 * there before, readable by those who may read the case.
 */
class ViolationDocumentsIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    static final String LEGAL = Vigil.basic("legal", Vigil.PASSWORD);
    static final String VIOLATOR = "Công ty TNHH Giải trí Hoàng Gia";

    @Test
    void theRecordAndTheDecisionPrintWithTheirNumbersOnceIssuedAndNotBefore() throws IOException {
        long karaoke = provision("08 giờ đến 24 giờ");
        JsonObject c = ok(post("/api/v1/violation-cases", "{\"detectedOn\":\"" + TODAY + "\"}"), 201);
        long id = c.getJsonNumber("id").longValue();
        String record = "/api/v1/violation-cases/" + id + "/record.pdf";
        String decision = "/api/v1/violation-cases/" + id + "/decision.pdf";

        HttpResponse<String> noRecord = Vigil.get(record, "Authorization", LEGAL, "Accept-Language", "vi");
        assertProblem(noRecord, 404);
        assertThat(detail(noRecord))
                .isEqualTo("Hồ sơ số " + id + " chưa lập biên bản vi phạm hành chính nên chưa có" + " biên bản để in.");

        c = ok(post(step(id, "record", c), """
                {"violatorKind":"ORGANISATION","violatorName":"%s","provisionIds":[%d],"recordedOn":"%s"}""".formatted(VIOLATOR, karaoke, TODAY)), 200);
        String recordNumber = c.getString("recordNumber");
        assertThat(recordNumber).matches("\\d{2,}/BB-VPHC");

        String recordText = pdf(record, LEGAL);
        assertThat(recordText)
                .contains("SỞ TƯ PHÁP")
                .contains("Số: " + recordNumber)
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("BIÊN BẢN VI PHẠM HÀNH CHÍNH")
                .contains("Căn cứ Luật Xử lý vi phạm hành chính ngày 20 tháng 6 năm 2012")
                .contains("Người lập biên bản: Phạm Minh Tuấn, Sở Tư pháp.")
                .contains("đối với tổ chức: " + VIOLATOR)
                .contains("quy định tại điểm a khoản 3 Điều 15 Nghị định số 38/2021/NĐ-CP");
        HttpResponse<String> noDecision = Vigil.get(decision, "Authorization", LEGAL, "Accept-Language", "en");
        assertProblem(noDecision, 404);
        assertThat(detail(noDecision)).contains("Case " + id + " has no sanction decision yet");

        c = ok(post(step(id, "decision", c), "{\"decidedOn\":\"%s\",\"fines\":[22500000]}".formatted(TODAY)), 200);
        String decisionNumber = c.getString("decisionNumber");
        assertThat(decisionNumber).matches("\\d{2,}/QĐ-XPHC");

        String decisionText = pdf(decision, DemoAccount.ADMIN.basicAuth());
        assertThat(decisionText)
                .contains("Số: " + decisionNumber)
                .contains("Đồng Nai, " + dateLine(TODAY))
                .contains("QUYẾT ĐỊNH")
                .contains("Xử phạt vi phạm hành chính")
                .contains("Căn cứ Biên bản vi phạm hành chính số " + recordNumber)
                .contains("Điều 1. Xử phạt vi phạm hành chính đối với tổ chức: " + VIOLATOR)
                .contains("22.500.000")
                .contains("Bằng chữ: Hai mươi hai triệu năm trăm nghìn đồng")
                .contains("Điều 2. " + VIOLATOR + " phải nghiêm chỉnh chấp hành Quyết định xử phạt này trong thời"
                        + " hạn 10 ngày")
                .contains("Điều 3. Quyết định này có hiệu lực kể từ ngày ký.")
                .contains("NGƯỜI RA QUYẾT ĐỊNH");
        assertThat(VisitRecords.bytes(decision, DemoAccount.TEAM_LEAD.basicAuth())
                        .statusCode())
                .as("a case opened by hand comes from no visit of the lead's teams")
                .isEqualTo(403);
        assertThat(VisitRecords.bytes(decision, Vigil.basic("committee", Vigil.PASSWORD))
                        .statusCode())
                .isEqualTo(403);
        assertThat(VisitRecords.bytes(decision, DemoAccount.INSPECTOR.basicAuth())
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aVisitWithoutACaseIsAnsweredInTheCallersLanguage() {
        HttpResponse<String> none = Vigil.get(
                "/api/v1/violation-cases?visitId=" + Long.MAX_VALUE, "Authorization", LEGAL, "Accept-Language", "vi");
        assertProblem(none, 404);
        assertThat(detail(none)).startsWith("Chuyến kiểm tra này chưa có hồ sơ vi phạm hành chính");
    }

    /** "ngày 05 tháng 02 năm 2026": months after February without a leading zero. */
    private static String dateLine(LocalDate day) {
        String month = day.getMonthValue() <= 2 ? "%02d".formatted(day.getMonthValue()) : "" + day.getMonthValue();
        return "ngày %02d tháng %s năm %d".formatted(day.getDayOfMonth(), month, day.getYear());
    }

    private static String pdf(String path, String authorization) throws IOException {
        HttpResponse<byte[]> pdf = VisitRecords.bytes(path, authorization);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        return VisitRecordIT.text(pdf.body()).replaceAll("\\s+", " ");
    }

    private static long provision(String text) {
        HttpResponse<String> found = Vigil.get(
                "/api/v1/legal-provisions?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8),
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

    private static HttpResponse<String> post(String path, String body) {
        return Vigil.sendJson("POST", path, body, "Authorization", LEGAL, "Accept-Language", "vi");
    }

    private static JsonObject ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Vigil.json(response).asJsonObject();
    }
}
