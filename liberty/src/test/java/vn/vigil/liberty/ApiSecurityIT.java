package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.vigil.liberty.Problems.assertProblem;
import static vn.vigil.liberty.Problems.detail;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The REST API: who may call it, what a caller learns about themselves, and how errors are told. */
class ApiSecurityIT {

    @Test
    void refusesAnonymousCallersInVietnameseByDefault() {
        HttpResponse<String> response = Vigil.get("/api/v1/me");

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(detail(response)).contains("đăng nhập");
    }

    @Test
    void refusesAnonymousCallersInEnglishWhenAsked() {
        HttpResponse<String> response = Vigil.get("/api/v1/me", "Accept-Language", "en");

        assertProblem(response, 401);
        assertThat(detail(response)).containsIgnoringCase("sign in");
    }

    @Test
    void refusesAWrongPassword() {
        HttpResponse<String> response =
                Vigil.get("/api/v1/me", "Authorization", Vigil.basic("finance", "not-the-password"));

        assertProblem(response, 401);
    }

    @Test
    void refusesAnUnknownUser() {
        HttpResponse<String> response = Vigil.get("/api/v1/me", "Authorization", Vigil.basic("nobody", Vigil.PASSWORD));

        assertProblem(response, 401);
    }

    @ParameterizedTest
    @EnumSource(DemoAccount.class)
    void tellsEachDemoAccountItsRoles(DemoAccount account) {
        HttpResponse<String> response = Vigil.get("/api/v1/me", "Authorization", account.basicAuth());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject me = Vigil.json(response).asJsonObject();
        assertThat(me.getString("username")).isEqualTo(account.username);
        assertThat(me.getString("fullName")).isNotBlank();
        assertThat(me.getJsonArray("roles").getValuesAs(JsonString::getString))
                .containsExactlyInAnyOrderElementsOf(account.roles);
    }

    @Test
    void answersAnUnknownAddressWithAProblemInTheAskedLanguage() {
        HttpResponse<String> vietnamese = Vigil.get("/api/v1/nothing", "Authorization", DemoAccount.ADMIN.basicAuth());
        HttpResponse<String> english = Vigil.get(
                "/api/v1/nothing",
                "Authorization",
                DemoAccount.ADMIN.basicAuth(),
                "Accept-Language",
                "en-GB, vi;q=0.5");

        assertProblem(vietnamese, 404);
        assertThat(detail(vietnamese)).isEqualTo("Địa chỉ bạn mở không tồn tại hoặc đã được chuyển đi.");
        assertProblem(english, 404);
        assertThat(detail(english)).isEqualTo("The address you opened does not exist or has moved.");
    }

    @Test
    void showsTheAdministratorTheSeededReferenceData() {
        Map<String, Long> admin = tiles(DemoAccount.ADMIN).get("ADMIN");

        assertThat(admin.get("dashboard.communesInForce"))
                .as("communes of Đồng Nai")
                .isEqualTo(95);
        assertThat(admin.get("dashboard.activeUsers"))
                .as("at least the demo accounts")
                .isGreaterThanOrEqualTo(7);
        assertThat(admin.get("dashboard.departments"))
                .as("seeded member departments")
                .isGreaterThanOrEqualTo(8);
    }

    @Test
    void showsTheTeamLeadBothItsDesks() {
        Map<String, Map<String, Long>> dashboards = tiles(DemoAccount.TEAM_LEAD);

        assertThat(dashboards).containsOnlyKeys("INSPECTOR", "TEAM_LEAD");
        Map<String, Long> inspector = dashboards.get("INSPECTOR");
        assertThat(inspector.get("dashboard.myVisitsToday"))
                .as("the demo data books both teams today")
                .isPositive()
                .isLessThanOrEqualTo(inspector.get("dashboard.myVisitsThisWeek"));
        assertThat(inspector.get("dashboard.followUpsOverdue"))
                .isLessThanOrEqualTo(inspector.get("dashboard.followUpsOpen"));
        Map<String, Long> lead = dashboards.get("TEAM_LEAD");
        assertThat(lead.get("dashboard.plansRunning"))
                .as("the demo plan of this quarter")
                .isPositive();
    }

    @Test
    void showsTheCommitteeProvinceWideFigures() {
        Map<String, Long> committee = tiles(DemoAccount.COMMITTEE).get("COMMITTEE_VIEWER");

        assertThat(committee.get("dashboard.provinces"))
                .as("provinces since 1 July 2025")
                .isEqualTo(34);
        assertThat(committee.get("dashboard.establishments")).isPositive();
        // this year's work comes from the read model: the same numbers the overview shows (read again until both
        // reads see the same applied changes of earlier tests)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(ApiSecurityIT::committeeTilesAgreeWithTheFigures);
    }

    private static void committeeTilesAgreeWithTheFigures() {
        Map<String, Long> committee = tiles(DemoAccount.COMMITTEE).get("COMMITTEE_VIEWER");
        JsonObject year = Vigil.json(
                        Vigil.get("/api/v1/reports/figures", "Authorization", DemoAccount.COMMITTEE.basicAuth()))
                .asJsonObject();
        for (JsonValue v : year.getJsonArray("figures")) {
            JsonObject f = v.asJsonObject();
            String tile = switch (f.getString("code")) {
                case "EST.TOTAL" -> "dashboard.establishments";
                case "EST.HIGH_RISK" -> "dashboard.establishmentsHighRisk";
                case "INS.VISITS_DONE" -> "dashboard.visitsDoneThisYear";
                case "VIO.CASES" -> "dashboard.casesThisYear";
                case "VIO.FINES_COLLECTED" -> "dashboard.finesCollectedThisYear";
                case "VIC.RECEIVED" -> "dashboard.victimsReceivedThisYear";
                default -> null;
            };
            if (tile != null) {
                assertThat(committee.get(tile))
                        .as(tile)
                        .isEqualTo(
                                f.containsKey("value")
                                        ? f.getJsonNumber("value").longValue()
                                        : 0);
            }
        }
    }

    @Test
    void showsTheCaseWorkerHerCaseloadAndFinanceItsQueue() {
        Map<String, Long> caseWorker = tiles(DemoAccount.CASE_WORKER).get("CASE_WORKER");
        assertThat(caseWorker.get("dashboard.myOpenCases"))
                .isPositive()
                .isGreaterThanOrEqualTo(caseWorker.get("dashboard.verificationsOverdue")
                        + caseWorker.get("dashboard.verificationsDueSoon"));

        Map<String, Long> finance = tiles(DemoAccount.FINANCE).get("FINANCE_OFFICER");
        HttpResponse<String> queue = Vigil.get(
                "/api/v1/support-requests?status=APPROVED&size=1", "Authorization", DemoAccount.FINANCE.basicAuth());
        assertThat(queue.statusCode()).as(queue.body()).isEqualTo(200);
        assertThat(finance.get("dashboard.requestsToPay"))
                .isEqualTo(
                        Vigil.json(queue).asJsonObject().getJsonNumber("total").longValue());
    }

    /** The caller's dashboards: role → (tile label key → value). */
    private static Map<String, Map<String, Long>> tiles(DemoAccount account) {
        HttpResponse<String> response = Vigil.get("/api/v1/me/dashboard", "Authorization", account.basicAuth());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Vigil.json(response).asJsonArray().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(
                        dashboard -> dashboard.getString("role"),
                        dashboard -> dashboard.getJsonArray("tiles").getValuesAs(JsonObject.class).stream()
                                .collect(Collectors.toMap(
                                        tile -> tile.getString("labelKey"),
                                        tile -> tile.getJsonNumber("value").longValue(),
                                        (a, b) -> a))));
    }
}
