package vn.vigil.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inspectors recording their visits through the REST API, as the field application does: sign in, read their own
 * visits, begin recording the visit (idempotent: for a visit already being recorded the server answers its record),
 * then save the record's whole content as they go — the checklist answers filled in one more at a time, the six
 * trafficking indicators, the owner present and interviewed, a remark — each save with the version the previous one
 * answered (optimistic locking). Saving the record is what an inspector does most on a visit and can be repeated
 * for as long as the visit is in progress; signing off is the team lead's, once. "record a visit (save)" is the
 * request the goal is about.
 *
 * <p>Each user is one generated inspector ({@code gen.<province>.<team>.2}) with the next visit of their own team,
 * from {@code inspectors.csv} (bench/load.sh): a member of the visit's team, so the server lets them record it, and a
 * visit of their own, so two users never save the same record.
 */
final class Inspectors {

    static final String SAVE = "record a visit (save)";

    /** An answer object of the record: has both an item id and an answer type (indicators and findings do not). */
    private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*}");

    private static final Pattern ITEM_ID = Pattern.compile("\"itemId\"\\s*:\\s*(\\d+)");
    private static final Pattern ANSWER_TYPE = Pattern.compile("\"answerType\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final String[] INDICATORS = {
        "WITHHELD_DOCUMENTS",
        "DEBT_BONDAGE",
        "MINORS_PRESENT",
        "NOT_FREE_TO_LEAVE",
        "DECEPTIVE_RECRUITMENT_ABROAD",
        "SEXUAL_EXPLOITATION"
    };

    private Inspectors() {}

    /** inspectors.csv: username,visitId; each row once, in order, so the first users always take the same visits. */
    static FeederBuilder<String> feeder() {
        return csv(Settings.feeder("inspectors.csv")).queue();
    }

    /** Signed in already: reads the own visits, begins recording the visit, keeps what the save needs. */
    static ChainBuilder beginRecording() {
        return exec(Vigil.read("my visits (REST)", "/api/v1/visits/mine"))
                .exec(Vigil.api(http(s -> Window.name("begin recording"))
                        .post("/api/v1/visits/#{visitId}/record")
                        .header("Accept", "application/json")
                        .check(
                                status().in(200, 201),
                                jsonPath("$.version").ofLong().saveAs("version"),
                                bodyString().saveAs("record"))))
                .exec(s -> s.set("items", items(s.getString("record")))
                        .set("saves", 0)
                        .remove("record"));
    }

    /**
     * One save of the record's whole content, with the version read last; keeps the version it answers. Sent as the
     * field application's sync sends it (Settings.SAVE_ANSWER, Settings.SAVE_KEYS): a fresh Idempotency-Key, and
     * Prefer: return=minimal.
     */
    static ChainBuilder save() {
        HttpRequestActionBuilder put = http(s -> Window.name(SAVE))
                .put("/api/v1/visits/#{visitId}/record?version=#{version}")
                .header("Accept", "application/json");
        if ("minimal".equals(Settings.SAVE_ANSWER)) {
            put = put.header("Prefer", "return=minimal");
        }
        if (Settings.SAVE_KEYS) {
            put = put.header("Idempotency-Key", s -> "bench-" + UUID.randomUUID());
        }
        return exec(Vigil.api(put
                        .body(StringBody(Inspectors::content))
                        .asJson()
                        .check(status().is(200), jsonPath("$.version").ofLong().saveAs("version"))))
                .exec(s -> s.set("saves", s.getInt("saves") + 1));
    }

    /** The checklist items of the record as [id, answer type], in the record's order. */
    static List<String[]> items(String record) {
        List<String[]> items = new ArrayList<>();
        Matcher object = OBJECT.matcher(record);
        while (object.find()) {
            Matcher id = ITEM_ID.matcher(object.group());
            Matcher type = ANSWER_TYPE.matcher(object.group());
            if (id.find() && type.find()) {
                items.add(new String[] {id.group(1), type.group(1)});
            }
        }
        return items;
    }

    /**
     * The record's content after {@code saves} saves: one more checklist item answered each time until all are
     * (photos excepted: they need evidence handed in first), nothing wrong found, the six indicators looked at and
     * none observed, the owner present and interviewed, and a remark.
     */
    static String content(Session session) {
        List<String[]> items = session.getList("items");
        int saves = session.getInt("saves");
        int answered = Math.min(items.size(), saves + 1);
        StringBuilder json = new StringBuilder(1024).append("{\"answers\":[");
        String separator = "";
        for (int i = 0; i < answered; i++) {
            String id = items.get(i)[0];
            String value =
                    switch (items.get(i)[1]) {
                        case "YES_NO" -> "\"yesNo\":" + ((i + saves) % 7 != 0);
                        case "NUMBER" -> "\"number\":" + (2 + (i + saves) % 9);
                        case "TEXT" -> "\"text\":\"Đã kiểm tra, ghi nhận lần " + (saves + 1) + "\"";
                        default -> null;
                    };
            if (value != null) {
                json.append(separator).append("{\"itemId\":").append(id).append(',').append(value).append('}');
                separator = ",";
            }
        }
        json.append("],\"indicators\":[");
        for (int i = 0; i < INDICATORS.length; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"indicator\":\"")
                    .append(INDICATORS[i])
                    .append("\",\"observed\":false}");
        }
        json.append("],\"people\":[{\"fullName\":\"Trần Văn Phúc\",\"role\":\"OWNER\",\"idDocument\":\"079085001234\",")
                .append("\"interviewed\":true,\"statementSummary\":\"Chủ cơ sở trình bày giấy phép và sổ theo dõi")
                .append(" người lao động.\"}],")
                .append("\"findings\":[{\"text\":\"Cơ sở lưu trú khách đầy đủ theo quy định (lần lưu ")
                .append(saves + 1)
                .append(").\",\"violation\":false}],")
                .append("\"outcome\":\"NO_VIOLATION\"}");
        return json.toString();
    }
}
