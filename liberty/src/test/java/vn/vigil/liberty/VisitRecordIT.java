package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A visit recorded over REST in the running server: begun, saved, a concurrent save refused with 409, signed off by
 * the team lead, then unchangeable but amendable, and printed as a Vietnamese PDF.
 */
class VisitRecordIT {

    static final String LEAD = DemoAccount.TEAM_LEAD.basicAuth();
    static final String INSPECTOR = DemoAccount.INSPECTOR.basicAuth();

    @Test
    void recordSignOffAmendAndPrint() throws IOException {
        long visit = VisitRecords.scheduledVisit();
        String record = "/api/v1/visits/" + visit + "/record";

        HttpResponse<String> begun = Vigil.sendJson("POST", record, "", "Authorization", INSPECTOR);
        assertThat(begun.statusCode()).as(begun.body()).isEqualTo(201);
        long version = version(begun);

        String content = "{\"answers\":[],\"indicators\":[{\"indicator\":\"WITHHELD_DOCUMENTS\",\"observed\":true,"
                + "\"note\":\"Chủ cơ sở giữ căn cước của 2 nhân viên\"}],"
                + "\"people\":[{\"fullName\":\"Trần Văn Chủ\",\"role\":\"OWNER\",\"interviewed\":true,"
                + "\"statementSummary\":\"Thừa nhận giữ giấy tờ\"}],"
                + "\"findings\":[{\"text\":\"Giữ giấy tờ tùy thân của người lao động\",\"violation\":true,"
                + "\"reinspectBy\":\"2030-01-31\"}],\"outcome\":\"VIOLATIONS_FOUND\"}";
        HttpResponse<String> saved =
                Vigil.sendJson("PUT", record + "?version=" + version, content, "Authorization", INSPECTOR);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        HttpResponse<String> stale = Vigil.sendJson(
                "PUT", record + "?version=" + version, content, "Authorization", LEAD, "Accept-Language", "vi");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(stale.body()).contains("biên bản kiểm tra");

        HttpResponse<String> current = Vigil.get(record, "Authorization", DemoAccount.LEGAL.basicAuth());
        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
        HttpResponse<String> notLead =
                Vigil.sendJson("POST", record + "/sign-off?version=" + version(saved), "", "Authorization", INSPECTOR);
        assertThat(notLead.statusCode()).isEqualTo(403);

        HttpResponse<String> signed = answerAllAndSignOff(
                record, (JsonObject) Vigil.json(current), content, VisitRecords.uploadPhoto(visit, INSPECTOR));
        assertThat(((JsonObject) Vigil.json(signed)).getString("signedOffBy")).isEqualTo("teamlead");

        HttpResponse<String> edit = Vigil.sendJson(
                "PUT", record + "?version=" + version(signed), content, "Authorization", LEAD, "Accept-Language", "en");
        assertThat(edit.statusCode()).isEqualTo(400);
        assertThat(edit.body()).contains("signed off");

        HttpResponse<String> amended = Vigil.sendJson(
                "POST",
                record + "/amendments",
                "{\"reason\":\"Ghi sót\",\"text\":\"Bổ sung: nhân viên thứ ba cũng bị giữ giấy tờ\"}",
                "Authorization",
                INSPECTOR);
        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(201);
        assertThat(Vigil.get(record + "/amendments", "Authorization", LEAD).body())
                .contains("Ghi sót");

        HttpResponse<byte[]> pdf = VisitRecords.bytes(record + ".pdf", LEAD);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(text(pdf.body()))
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .contains("BIÊN BẢN KIỂM TRA")
                .contains("Giữ giấy tờ tùy thân của người lao động")
                .contains("Bổ sung: nhân viên thứ ba");
    }

    /** Answers every item of whichever checklist the establishment's line has; photo items with {@code photo}. */
    static HttpResponse<String> answerAllAndSignOff(String record, JsonObject current, String content, long photo) {
        StringBuilder answers = new StringBuilder();
        for (JsonObject item : current.getJsonArray("answers").getValuesAs(JsonObject.class)) {
            String value = switch (item.getString("answerType")) {
                case "YES_NO" -> "\"yesNo\":true";
                case "NUMBER" -> "\"number\":1";
                case "TEXT" -> "\"text\":\"Đạt\"";
                default -> "\"evidenceIds\":[" + photo + "]";
            };
            answers.append(answers.isEmpty() ? "" : ",")
                    .append("{\"itemId\":")
                    .append(item.getJsonNumber("itemId").longValue())
                    .append(',')
                    .append(value)
                    .append('}');
        }
        HttpResponse<String> saved = Vigil.sendJson(
                "PUT",
                record + "?version=" + current.getJsonNumber("version").longValue(),
                content.replace("\"answers\":[]", "\"answers\":[" + answers + "]"),
                "Authorization",
                LEAD);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        HttpResponse<String> signed =
                Vigil.sendJson("POST", record + "/sign-off?version=" + version(saved), "", "Authorization", LEAD);
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        return signed;
    }

    private static long version(HttpResponse<String> response) {
        return ((JsonObject) Vigil.json(response)).getJsonNumber("version").longValue();
    }

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString();
        } finally {
            reader.close();
        }
    }
}
