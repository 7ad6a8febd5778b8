package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every victim-cases endpoint for every demo role: who sees the identity (the case worker of the case), who sees
 * only the code and non-identifying facts (administrators, who reassign cases), who is refused (403: everyone else,
 * on a need-to-know basis) — and that no answer to anyone but the case worker carries the name.
 */
class VictimCasesAuthorizationIT {

    static final String TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    static final Set<DemoAccount> ADMIN_ONLY = EnumSet.of(DemoAccount.ADMIN);
    static final Set<DemoAccount> CASE_WORKER_ONLY = EnumSet.of(DemoAccount.CASE_WORKER);

    static String name;
    static long id;
    static String code;
    static long version;

    @BeforeAll
    static void aCaseWorkerReceivesAPerson() {
        name = "Phạm Thị Lan " + UUID.randomUUID().toString().substring(0, 6);
        JsonObject reception = ok(post("/api/v1/victim-cases", reception(name), DemoAccount.CASE_WORKER), 201);
        JsonObject victimCase = reception.getJsonObject("victimCase");
        id = victimCase.getJsonNumber("id").longValue();
        code = victimCase.getString("code");
        version = victimCase.getJsonNumber("version").longValue();
        assertThat(reception.toString()).doesNotContain(name);
    }

    @ParameterizedTest
    @EnumSource(DemoAccount.class)
    void theCaseloadAndReceptionAreForCaseWorkers(DemoAccount account) {
        boolean caseWorker = CASE_WORKER_ONLY.contains(account);
        assertThat(get("/api/v1/victim-cases", account).statusCode()).isEqualTo(caseWorker ? 200 : 403);
        assertThat(get("/api/v1/victim-cases/indicator-referrals", account).statusCode())
                .isEqualTo(caseWorker ? 200 : 403);
        assertThat(get("/api/v1/victim-cases/open", account).statusCode())
                .isEqualTo(ADMIN_ONLY.contains(account) ? 200 : 403);
        String referral = "/api/v1/victim-cases/indicator-referrals/" + Long.MAX_VALUE;
        assertThat(post(referral + "/acceptance?version=0", reception("Ai Đó"), account)
                        .statusCode())
                .isEqualTo(caseWorker ? 404 : 403);
        assertThat(post(referral + "/dismissal?version=0", "{\"reason\":\"Không có người bị hại\"}", account)
                        .statusCode())
                .isEqualTo(caseWorker ? 404 : 403);
        if (!caseWorker) {
            assertThat(post("/api/v1/victim-cases", reception("Ai Đó"), account).statusCode())
                    .isEqualTo(403);
            assertThat(post(
                                    "/api/v1/victim-cases/possible-duplicates",
                                    "{\"identity\":{\"fullName\":\"" + name + "\"},\"birthYear\":1999}",
                                    account)
                            .statusCode())
                    .isEqualTo(403);
        } else {
            assertThat(post(
                                    "/api/v1/victim-cases/possible-duplicates",
                                    "{\"identity\":{\"fullName\":\"" + name + "\"},\"birthYear\":1999}",
                                    account)
                            .body())
                    .contains(code);
        }
    }

    @ParameterizedTest
    @EnumSource(DemoAccount.class)
    void theCaseIsReadByItsCaseWorkerAndAdministratorsAndTheIdentityOnlyByTheCaseWorker(DemoAccount account) {
        boolean caseWorker = CASE_WORKER_ONLY.contains(account);
        boolean needsToKnow = caseWorker || ADMIN_ONLY.contains(account);
        HttpResponse<String> found = get("/api/v1/victim-cases/" + id, account);
        assertThat(found.statusCode()).isEqualTo(needsToKnow ? 200 : 403);
        assertThat(found.body()).doesNotContain(name);
        if (needsToKnow) {
            JsonObject view = Vigil.json(found).asJsonObject();
            assertThat(view.getString("code")).isEqualTo(code);
            assertThat(view.getBoolean("identityRevealable")).isEqualTo(caseWorker);
        } else {
            assertThat(found.body()).doesNotContain("birthYear").doesNotContain("receivedPlace");
        }
        assertThat(get("/api/v1/victim-cases/by-code/" + code, account).statusCode())
                .isEqualTo(needsToKnow ? 200 : 403);
        assertThat(get("/api/v1/victim-cases/" + id + "/referrals", account).statusCode())
                .isEqualTo(needsToKnow ? 200 : 403);

        HttpResponse<String> identity =
                post("/api/v1/victim-cases/" + id + "/identity-reads", "{\"purpose\":\"VERIFICATION\"}", account);
        assertThat(identity.statusCode()).isEqualTo(caseWorker ? 200 : 403);
        if (caseWorker) {
            assertThat(Vigil.json(identity).asJsonObject().getString("fullName"))
                    .isEqualTo(name);
        } else {
            assertThat(identity.body()).doesNotContain(name);
        }
    }

    @ParameterizedTest
    @EnumSource(DemoAccount.class)
    void onlyTheCaseWorkerActsOnTheCaseAndOnlyAnAdministratorReassignsIt(DemoAccount account) {
        if (CASE_WORKER_ONLY.contains(account)) {
            return; // the case worker's own actions: theCaseWorkerVerifiesRefersAndClosesTheirCase
        }
        String path = "/api/v1/victim-cases/" + id;
        assertThat(post(
                                path + "/verification?version=" + version,
                                "{\"outcome\":\"VERIFIED_VICTIM\",\"verifiedOn\":\"" + TODAY
                                        + "\",\"verifiedBy\":\"Công an tỉnh\"}",
                                account)
                        .statusCode())
                .isEqualTo(403);
        assertThat(post(
                                path + "/referrals",
                                "{\"referredTo\":\"Bệnh viện tỉnh\",\"referredOn\":\"" + TODAY
                                        + "\",\"consentGiven\":true}",
                                account)
                        .statusCode())
                .isEqualTo(403);
        assertThat(post(
                                path + "/closure?version=" + version,
                                "{\"closedOn\":\"" + TODAY + "\",\"reason\":\"x\"}",
                                account)
                        .statusCode())
                .isEqualTo(403);
        assertThat(putPhoto(path, account).statusCode()).isEqualTo(403);
        // an administrator may reassign, but only to a case worker: the refusal proves the call got through
        HttpResponse<String> reassigned =
                post(path + "/reassignment?version=" + version, "{\"caseWorker\":\"finance\"}", account);
        assertThat(reassigned.statusCode()).isEqualTo(ADMIN_ONLY.contains(account) ? 400 : 403);
    }

    @ParameterizedTest
    @EnumSource(DemoAccount.class)
    void identityProtectionIsForAdministrators(DemoAccount account) {
        int expected = ADMIN_ONLY.contains(account) ? 200 : 403;
        String base = "/api/v1/victim-cases/identity-protection";
        assertThat(get(base + "/reads", account).statusCode()).isEqualTo(expected);
        assertThat(get(base + "/grants", account).statusCode()).isEqualTo(expected);
        assertThat(get(base + "/keys", account).statusCode()).isEqualTo(expected);
        if (!ADMIN_ONLY.contains(account)) {
            assertThat(post(base + "/keys/rotation", "", account).statusCode()).isEqualTo(403);
            assertThat(post(base + "/grants", "{\"grantee\":\"" + account.username + "\"}", account)
                            .statusCode())
                    .isEqualTo(403);
            assertThat(post(base + "/grants/1/revocation", "", account).statusCode())
                    .isEqualTo(403);
        }
    }

    @org.junit.jupiter.api.Test
    void theCaseWorkerVerifiesRefersAndClosesTheirCaseAndTheAdministratorSeesEveryIdentityRead() {
        JsonObject opened = ok(post("/api/v1/victim-cases", reception("Vàng Thị Dợ"), DemoAccount.CASE_WORKER), 201)
                .getJsonObject("victimCase");
        String path = "/api/v1/victim-cases/" + opened.getJsonNumber("id").longValue();
        JsonObject verified = ok(
                post(
                        path + "/verification?version=" + opened.getJsonNumber("version"),
                        "{\"outcome\":\"VERIFIED_VICTIM\",\"verifiedOn\":\"" + TODAY
                                + "\",\"verifiedBy\":\"Công an tỉnh\"}",
                        DemoAccount.CASE_WORKER),
                200);
        assertThat(verified.getString("personStatus")).isEqualTo("VERIFIED_VICTIM");

        HttpResponse<String> noConsent = post(
                path + "/referrals",
                "{\"referredTo\":\"Bệnh viện tỉnh\",\"referredOn\":\"" + TODAY + "\",\"consentGiven\":false}",
                DemoAccount.CASE_WORKER);
        Problems.assertProblem(noConsent, 400);
        ok(
                post(
                        path + "/referrals",
                        "{\"referredTo\":\"Bệnh viện tỉnh\",\"referredOn\":\"" + TODAY + "\",\"consentGiven\":true}",
                        DemoAccount.CASE_WORKER),
                201);
        JsonObject closed = ok(
                post(
                        path + "/closure?version=" + verified.getJsonNumber("version"),
                        "{\"closedOn\":\"" + TODAY + "\",\"reason\":\"Đã tái hòa nhập cộng đồng\"}",
                        DemoAccount.CASE_WORKER),
                200);
        assertThat(closed.getString("status")).isEqualTo("CLOSED");

        ok(
                post(
                        "/api/v1/victim-cases/" + id + "/identity-reads",
                        "{\"purpose\":\"OTHER\",\"note\":\"Liên hệ gia đình\"}",
                        DemoAccount.CASE_WORKER),
                200);
        HttpResponse<String> reads =
                get("/api/v1/victim-cases/identity-protection/reads?caseCode=" + code, DemoAccount.ADMIN);
        assertThat(reads.body())
                .contains("\"actor\":\"caseworker\"")
                .contains("OTHER: Liên hệ gia đình")
                .doesNotContain(name);
    }

    @org.junit.jupiter.api.Test
    void aSupervisorSeesTheIdentityOnlyWhileAnAdministratorsGrantLasts() {
        String grants = "/api/v1/victim-cases/identity-protection/grants";
        String read = "/api/v1/victim-cases/" + id + "/identity-reads";
        String purpose = "{\"purpose\":\"OTHER\",\"note\":\"Giám sát hồ sơ\"}";
        assertThat(post(read, purpose, DemoAccount.COMMITTEE).statusCode()).isEqualTo(403);

        JsonObject grant = ok(
                post(
                        grants,
                        "{\"grantee\":\"committee\",\"caseCode\":\"" + code
                                + "\",\"reason\":\"Giám sát theo Kế hoạch\",\"expiresOn\":\""
                                + LocalDate.parse(TODAY).plusDays(1) + "\"}",
                        DemoAccount.ADMIN),
                201);
        HttpResponse<String> seen = post(read, purpose, DemoAccount.COMMITTEE);
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(Vigil.json(seen).asJsonObject().getString("fullName")).isEqualTo(name);

        ok(post(grants + "/" + grant.getJsonNumber("id") + "/revocation", "", DemoAccount.ADMIN), 200);
        assertThat(post(read, purpose, DemoAccount.COMMITTEE).statusCode()).isEqualTo(403);
    }

    @org.junit.jupiter.api.Test
    void anotherCaseWorkerIsRefusedAndAuditedUntilAnAdministratorReassignsTheCase() {
        String colleague = "cw" + UUID.randomUUID().toString().substring(0, 8);
        AdminData.createUser(colleague, Vigil.PASSWORD, "CASE_WORKER");
        String auth = Vigil.basic(colleague, Vigil.PASSWORD);
        JsonObject opened = ok(post("/api/v1/victim-cases", reception("Sùng Thị Mỷ"), DemoAccount.CASE_WORKER), 201)
                .getJsonObject("victimCase");
        String path = "/api/v1/victim-cases/" + opened.getJsonNumber("id");
        String purpose = "{\"purpose\":\"CONTACT\"}";

        assertThat(Vigil.get(path, "Authorization", auth).statusCode()).isEqualTo(403);
        assertThat(Vigil.sendJson("POST", path + "/identity-reads", purpose, "Authorization", auth)
                        .statusCode())
                .isEqualTo(403);
        assertThat(get(
                                "/api/v1/audit-entries?action=VICTIM_CASE_REFUSED&actor=" + colleague + "&entityId="
                                        + opened.getString("code"),
                                DemoAccount.ADMIN)
                        .body())
                .contains("IDENTITY_READ")
                .contains("VIEW");
        assertThat(get("/api/v1/victim-cases/open?size=200", DemoAccount.ADMIN).body())
                .contains(opened.getString("code"));

        ok(
                post(
                        path + "/reassignment?version=" + opened.getJsonNumber("version"),
                        "{\"caseWorker\":\"" + colleague + "\"}",
                        DemoAccount.ADMIN),
                200);
        assertThat(Vigil.sendJson("POST", path + "/identity-reads", purpose, "Authorization", auth)
                        .statusCode())
                .isEqualTo(200);
        assertThat(post(path + "/identity-reads", purpose, DemoAccount.CASE_WORKER)
                        .statusCode())
                .isEqualTo(403);
    }

    private static String reception(String fullName) {
        return """
                {"receivedOn":"%s","receivedPlace":"UBND xã Tân Thành","receivedBy":"Công an xã","role":"VICTIM",
                 "nationality":"VN","birthYear":1999,"sex":"FEMALE","consentToProcessing":true,
                 "identity":{"fullName":"%s","idNumber":"0011%s"}}""".formatted(TODAY, fullName, Math.abs(fullName.hashCode()));
    }

    private static HttpResponse<String> putPhoto(String casePath, DemoAccount account) {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        return Vigil.send(Vigil.request(casePath + "/photo")
                .header("Authorization", account.basicAuth())
                .header("Content-Type", "image/png")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(png))
                .build());
    }

    private static HttpResponse<String> get(String path, DemoAccount account) {
        return Vigil.get(path, "Authorization", account.basicAuth(), "Accept-Language", "vi");
    }

    private static HttpResponse<String> post(String path, String body, DemoAccount account) {
        return Vigil.sendJson("POST", path, body, "Authorization", account.basicAuth(), "Accept-Language", "vi");
    }

    private static JsonObject ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Vigil.json(response).asJsonObject();
    }
}
