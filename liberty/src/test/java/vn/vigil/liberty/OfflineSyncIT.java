package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What the offline form's sync relies on, over REST: writes with an Idempotency-Key happen once however often they
 * are sent; uploads carry their SHA-256 and the server checks it; the offline bundle holds only the caller's visits and
 * no personal data; the rules of online recording hold (refusals in the caller's language, nothing half-saved).
 */
class OfflineSyncIT {

    static final String INSPECTOR = DemoAccount.INSPECTOR.basicAuth();
    /** More than the server's pool of connections (db.pool.max, 40) and fewer than its request threads (70). */
    static final int AT_ONCE = 64;

    static final String CONTENT = "{\"answers\":[],\"indicators\":[{\"indicator\":\"DEBT_BONDAGE\",\"observed\":true,"
            + "\"note\":\"Nhân viên nói phải làm trả nợ\"}],\"people\":[],"
            + "\"findings\":[{\"text\":\"Người lao động bị gán nợ\",\"violation\":false}],\"outcome\":\"SIGNS_OF_CRIME\"}";

    private static String key() {
        return "test-" + UUID.randomUUID();
    }

    private static JsonObject begin(long visit) {
        HttpResponse<String> begun =
                Vigil.sendJson("POST", "/api/v1/visits/" + visit + "/record", "", "Authorization", INSPECTOR);
        assertThat(begun.statusCode()).as(begun.body()).isEqualTo(201);
        return Vigil.json(begun).asJsonObject();
    }

    private static HttpResponse<String> save(long visit, long version, String content, String key, String language) {
        return Vigil.sendJson(
                "PUT",
                "/api/v1/visits/" + visit + "/record?version=" + version,
                content,
                "Authorization",
                INSPECTOR,
                "Idempotency-Key",
                key,
                "Accept-Language",
                language);
    }

    @Test
    void aSaveSentTwiceWithItsKeyHappensOnceAndAnswersTheFirstAnswer() {
        long visit = VisitRecords.scheduledVisit();
        long version = begin(visit).getJsonNumber("version").longValue();
        String key = key();

        HttpResponse<String> first = save(visit, version, CONTENT, key, "vi");
        HttpResponse<String> again = save(visit, version, CONTENT, key, "vi");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        JsonObject stored = Vigil.json(Vigil.get("/api/v1/visits/" + visit + "/record", "Authorization", INSPECTOR))
                .asJsonObject();
        assertThat(stored.getJsonNumber("version").longValue()).as("saved once").isEqualTo(version + 1);
        // without the key, the same stale request is a conflict as always
        HttpResponse<String> stale = Vigil.sendJson(
                "PUT", "/api/v1/visits/" + visit + "/record?version=" + version, CONTENT, "Authorization", INSPECTOR);
        assertThat(stale.statusCode()).isEqualTo(409);
    }

    @Test
    void aSaveThatPrefersAMinimalAnswerGetsOnlyTheNewVersionAndTheSameOnAResend() {
        long visit = VisitRecords.scheduledVisit();
        long version = begin(visit).getJsonNumber("version").longValue();
        String key = key();
        String target = "/api/v1/visits/" + visit + "/record?version=" + version;

        HttpResponse<String> minimal = Vigil.sendJson(
                "PUT", target, CONTENT, "Authorization", INSPECTOR, "Idempotency-Key", key, "Prefer", "return=minimal");
        HttpResponse<String> again = Vigil.sendJson(
                "PUT", target, CONTENT, "Authorization", INSPECTOR, "Idempotency-Key", key, "Prefer", "return=minimal");

        assertThat(minimal.statusCode()).as(minimal.body()).isEqualTo(200);
        assertThat(minimal.headers().firstValue("Preference-Applied")).hasValue("return=minimal");
        JsonObject saved = Vigil.json(minimal).asJsonObject();
        assertThat(saved.keySet()).containsExactlyInAnyOrder("id", "visitId", "version", "outcome");
        assertThat(saved.getJsonNumber("visitId").longValue()).isEqualTo(visit);
        assertThat(saved.getJsonNumber("version").longValue()).isEqualTo(version + 1);
        assertThat(saved.getString("outcome")).isEqualTo("SIGNS_OF_CRIME");
        assertThat(again.body()).as("the kept answer").isEqualTo(minimal.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        JsonObject stored = Vigil.json(Vigil.get("/api/v1/visits/" + visit + "/record", "Authorization", INSPECTOR))
                .asJsonObject();
        assertThat(stored.getJsonNumber("version").longValue()).as("saved once").isEqualTo(version + 1);
        assertThat(stored.getJsonArray("findings").getJsonObject(0).getString("text"))
                .isEqualTo("Người lao động bị gán nợ");

        // without the preference, the next save answers the whole record, as before
        HttpResponse<String> whole = Vigil.sendJson(
                "PUT",
                "/api/v1/visits/" + visit + "/record?version=" + (version + 1),
                CONTENT,
                "Authorization",
                INSPECTOR);
        assertThat(whole.statusCode()).as(whole.body()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Preference-Applied")).isEmpty();
        assertThat(Vigil.json(whole).asJsonObject()).containsKeys("answers", "indicators", "findings", "amendments");
    }

    /**
     * More keyed saves at once than the pool has connections (40): each must hold at most one connection at a time.
     * The key is claimed outside the save's transaction; a connection shared there stayed held until the request ended,
     * so every keyed save needed two, the pool emptied with everyone waiting for a second, and after the pool's 10 s
     * they failed in 500s. Every save must get its own answer: one saves, the others find the version taken.
     */
    @Test
    void moreKeyedSavesAtOnceThanThePoolHasConnectionsAllGetTheirAnswer() throws Exception {
        long visit = VisitRecords.scheduledVisit();
        long version = begin(visit).getJsonNumber("version").longValue();
        CyclicBarrier together = new CyclicBarrier(AT_ONCE);
        ExecutorService callers = Executors.newFixedThreadPool(AT_ONCE);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < AT_ONCE; i++) {
                sent.add(callers.submit(() -> {
                    together.await(1, TimeUnit.MINUTES);
                    return save(visit, version, CONTENT, key(), "en");
                }));
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<HttpResponse<String>> answer : sent) {
                statuses.merge(answer.get(2, TimeUnit.MINUTES).statusCode(), 1, Integer::sum);
            }
            assertThat(statuses).as("status: how many").isEqualTo(Map.of(200, 1, 409, AT_ONCE - 1));
        } finally {
            callers.shutdownNow();
        }
        JsonObject stored = Vigil.json(Vigil.get("/api/v1/visits/" + visit + "/record", "Authorization", INSPECTOR))
                .asJsonObject();
        assertThat(stored.getJsonNumber("version").longValue()).isEqualTo(version + 1);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedIn422AndNothingChanges() {
        long visit = VisitRecords.scheduledVisit();
        long version = begin(visit).getJsonNumber("version").longValue();
        String key = key();
        assertThat(save(visit, version, CONTENT, key, "vi").statusCode()).isEqualTo(200);

        HttpResponse<String> other = save(visit, version + 1, CONTENT.replace("gán nợ", "giữ lại"), key, "en");

        assertThat(other.statusCode()).as(other.body()).isEqualTo(422);
        assertThat(Vigil.json(other).asJsonObject().getString("detail"))
                .contains("already used for a different request");
        assertThat(save(visit, version + 1, CONTENT, key, "vi").body())
                .as("Vietnamese")
                .contains("đã được dùng cho một yêu cầu khác");
        JsonObject stored = Vigil.json(Vigil.get("/api/v1/visits/" + visit + "/record", "Authorization", INSPECTOR))
                .asJsonObject();
        assertThat(stored.getJsonNumber("version").longValue()).isEqualTo(version + 1);
        assertThat(stored.getJsonArray("findings").getJsonObject(0).getString("text"))
                .isEqualTo("Người lao động bị gán nợ");
    }

    @Test
    void aRefusedSaveKeepsNothingAndItsKeyServesTheCorrectedRecord() {
        long visit = VisitRecords.scheduledVisit();
        long version = begin(visit).getJsonNumber("version").longValue();
        String key = key();

        HttpResponse<String> unknownItem = save(
                visit,
                version,
                CONTENT.replace("\"answers\":[]", "\"answers\":[{\"itemId\":987654321,\"yesNo\":true}]"),
                key,
                "en");

        assertThat(unknownItem.statusCode()).as(unknownItem.body()).isEqualTo(400);
        assertThat(Vigil.json(unknownItem).asJsonObject().getString("detail"))
                .startsWith("Item ")
                .endsWith(" is not on this record's checklist.");
        HttpResponse<String> corrected = save(visit, version, CONTENT, key, "vi");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
    }

    @Test
    void aVisitOutsideTheInspectorsTeamsIsRefusedInTheirLanguage() {
        long visit = VisitRecords.scheduledVisit();
        HttpResponse<String> refused = Vigil.sendJson(
                "POST",
                "/api/v1/visits/" + visit + "/record",
                "",
                "Authorization",
                Vigil.basic("kiemtra.snv", Vigil.PASSWORD),
                "Idempotency-Key",
                key(),
                "Accept-Language",
                "en");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(Vigil.json(refused).asJsonObject().getString("code")).isEqualTo("record.notOnVisit");
        assertThat(Vigil.json(refused).asJsonObject().getString("detail"))
                .isEqualTo("Only the people on this visit and their team lead write its record.");
    }

    @Test
    void aPhotoIsStoredOnceWhateverTheResendsAndOnlyWithTheRightDigest() {
        long visit = VisitRecords.scheduledVisit();
        begin(visit);
        byte[] png = VisitRecords.png();
        String key = key();

        HttpResponse<String> damaged = OfflineVisitData.upload(
                visit, png, OfflineVisitData.sha256(new byte[] {1, 2, 3}), key(), INSPECTOR, "en");
        assertThat(damaged.statusCode()).as(damaged.body()).isEqualTo(400);
        assertThat(Vigil.json(damaged).asJsonObject().getString("detail"))
                .startsWith("The photo arrived damaged: its SHA-256 is ");
        HttpResponse<String> damagedVi =
                OfflineVisitData.upload(visit, png, OfflineVisitData.sha256(new byte[] {1}), key(), INSPECTOR, "vi");
        assertThat(Vigil.json(damagedVi).asJsonObject().getString("detail")).startsWith("Ảnh đến nơi bị hỏng");

        HttpResponse<String> first =
                OfflineVisitData.upload(visit, png, OfflineVisitData.sha256(png), key, INSPECTOR, "vi");
        HttpResponse<String> resent =
                OfflineVisitData.upload(visit, png, OfflineVisitData.sha256(png), key, INSPECTOR, "vi");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(resent.statusCode()).as(resent.body()).isEqualTo(201);
        assertThat(Vigil.json(resent).asJsonObject().getJsonNumber("id"))
                .isEqualTo(Vigil.json(first).asJsonObject().getJsonNumber("id"));
        HttpResponse<String> evidence = Vigil.get("/api/v1/visits/" + visit + "/evidence", "Authorization", INSPECTOR);
        assertThat(Vigil.json(evidence).asJsonArray()).hasSize(1);
        assertThat(Vigil.json(evidence).asJsonArray().getJsonObject(0).getString("sha256"))
                .isEqualTo(
                        java.util.HexFormat.of().formatHex(Base64.getDecoder().decode(OfflineVisitData.sha256(png))));

        HttpResponse<String> otherFileSameKey = OfflineVisitData.upload(
                visit, "<html>".getBytes(), OfflineVisitData.sha256("<html>".getBytes()), key, INSPECTOR, "en");
        assertThat(otherFileSameKey.statusCode()).as(otherFileSameKey.body()).isEqualTo(422);
        HttpResponse<String> withoutDigest = OfflineVisitData.upload(visit, png, null, key(), INSPECTOR, "en");
        assertThat(withoutDigest.statusCode()).isEqualTo(400);
        assertThat(Vigil.json(withoutDigest).asJsonObject().getString("detail")).contains("Repr-Digest");
        assertThat(Vigil.json(Vigil.get("/api/v1/visits/" + visit + "/evidence", "Authorization", INSPECTOR))
                        .asJsonArray())
                .as("still the one photo")
                .hasSize(1);

        HttpResponse<String> notAnImage = OfflineVisitData.upload(
                visit, "<html>".getBytes(), OfflineVisitData.sha256("<html>".getBytes()), key(), INSPECTOR, "en");
        assertThat(notAnImage.statusCode()).isEqualTo(400);
        assertThat(Vigil.json(notAnImage).asJsonObject().getString("detail"))
                .contains("Only JPEG, PNG or WebP photos and PDF documents are accepted");
    }

    @Test
    void theBundleHoldsMyNextVisitsTheirChecklistsAndNoPersonalData() {
        OfflineVisitData.Day day = OfflineVisitData.visitsOnOneDay(2);

        HttpResponse<String> taken =
                Vigil.get("/api/v1/me/offline/visits?limit=20&from=" + day.day(), "Authorization", INSPECTOR);

        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
        JsonObject bundle = Vigil.json(taken).asJsonObject();
        assertThat(bundle.getJsonArray("visits").size()).isBetween(2, 20);
        assertThat(bundle.getJsonArray("visits").getValuesAs(JsonObject.class).stream()
                        .limit(2)
                        .map(v -> v.getJsonNumber("id").longValue()))
                .containsExactlyElementsOf(day.visits());
        for (JsonObject visit : bundle.getJsonArray("visits").getValuesAs(JsonObject.class)) {
            assertThat(visit.getString("status")).isIn("SCHEDULED", "IN_PROGRESS");
            if (!visit.isNull("checklistVersionId")) {
                long checklist = visit.getJsonNumber("checklistVersionId").longValue();
                assertThat(bundle.getJsonArray("checklists").getValuesAs(JsonObject.class).stream()
                                .map(c -> c.getJsonNumber("id").longValue()))
                        .contains(checklist);
            }
        }
        assertThat(taken.body())
                .doesNotContain("ownerName", "legalRepresentative", "phone", "victim", "riskExplanation");

        assertThat(Vigil.get("/api/v1/me/offline/visits", "Authorization", DemoAccount.CASE_WORKER.basicAuth())
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> tooMany =
                Vigil.get("/api/v1/me/offline/visits?limit=500", "Authorization", INSPECTOR, "Accept-Language", "en");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(Vigil.json(tooMany).asJsonObject().getString("detail"))
                .isEqualTo("Between 1 and 50 visits can be taken offline at a time.");
    }

    @Test
    void eachUserHasOneWrappingKeyHandedOnlyToThem() {
        JsonObject mine = Vigil.json(Vigil.get("/api/v1/me/offline/key", "Authorization", INSPECTOR))
                .asJsonObject();
        JsonObject again = Vigil.json(Vigil.get("/api/v1/me/offline/key", "Authorization", INSPECTOR))
                .asJsonObject();
        JsonObject lead = Vigil.json(
                        Vigil.get("/api/v1/me/offline/key", "Authorization", DemoAccount.TEAM_LEAD.basicAuth()))
                .asJsonObject();
        assertThat(mine.getString("username")).isEqualTo("inspector");
        assertThat(Base64.getDecoder().decode(mine.getString("key"))).hasSize(32);
        assertThat(again.getString("key")).isEqualTo(mine.getString("key"));
        assertThat(lead.getString("key")).isNotEqualTo(mine.getString("key"));
        assertThat(Vigil.get("/api/v1/me/offline/key").statusCode()).isEqualTo(401);
    }
}
