package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Scheduling through the REST API on the running server: 201, double booking in both languages, 409, 403, 400. */
class VisitSchedulingIT {

    private final LocalDate day =
            LocalDate.of(2027, 1, 4).plusDays(ThreadLocalRandom.current().nextInt(0, 700));

    @Test
    void aTeamLeadSchedulesAVisitThatCanBeReadBackAndIsAmongTheTeamsVisits() {
        long team = team("Đoàn kiểm tra liên ngành số 1");
        long establishment = operatingEstablishments().get(0);

        HttpResponse<String> created = schedule(DemoAccount.TEAM_LEAD, establishment, team, "08:00", "10:30");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = Vigil.json(created).asJsonObject().getJsonNumber("id").longValue();
        assertThat(location).endsWith("/api/v1/visits/" + id);
        HttpResponse<String> read =
                Vigil.get("/api/v1/visits/" + id, "Authorization", DemoAccount.INSPECTOR.basicAuth());
        assertThat(read.statusCode()).isEqualTo(200);
        JsonObject visit = Vigil.json(read).asJsonObject();
        assertThat(visit.getString("status")).isEqualTo("SCHEDULED");
        assertThat(visit.getString("start")).startsWith(day + "T08:00");
        assertThat(visit.getJsonArray("members")).hasSizeGreaterThanOrEqualTo(2);
        HttpResponse<String> list = Vigil.get(
                "/api/v1/visits?teamId=" + team + "&from=" + day + "&to=" + day,
                "Authorization",
                DemoAccount.INSPECTOR.basicAuth());
        assertThat(Vigil.json(list).asJsonObject().getJsonArray("items"))
                .extracting(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .containsExactly(id);
    }

    @Test
    void aDoubleBookedMemberIsRefusedByNameAndTimeInTheCallersLanguage() {
        long team = team("Đoàn kiểm tra liên ngành số 1");
        List<Long> establishments = operatingEstablishments();
        HttpResponse<String> first = schedule(DemoAccount.TEAM_LEAD, establishments.get(1), team, "13:30", "15:00");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);

        HttpResponse<String> vi = schedule(DemoAccount.TEAM_LEAD, establishments.get(2), team, "14:00", "16:00");
        Problems.assertProblem(vi, 400);
        assertThat(Problems.detail(vi))
                .contains("đã có lịch kiểm tra 13:30–15:00 ngày " + dayShown())
                .startsWith("Cán bộ ");
        HttpResponse<String> en = Vigil.sendJson(
                "POST",
                "/api/v1/visits",
                body(establishments.get(2), team, "14:00", "16:00"),
                "Authorization",
                DemoAccount.TEAM_LEAD.basicAuth(),
                "Accept-Language",
                "en");
        Problems.assertProblem(en, 400);
        assertThat(Problems.detail(en)).contains("already has an inspection visit booked 13:30–15:00 on " + dayShown());
    }

    @Test
    void aMoveWithAStaleVersionIsAConflictAndACancelledVisitFreesItsTime() {
        long team = team("Đoàn kiểm tra liên ngành số 2");
        long establishment = operatingEstablishments().get(3);
        HttpResponse<String> created = schedule(DemoAccount.TEAM_LEAD, establishment, team, "09:00", "11:00");
        long id = Vigil.json(created).asJsonObject().getJsonNumber("id").longValue();

        HttpResponse<String> moved = Vigil.sendJson(
                "PUT",
                "/api/v1/visits/" + id + "/period",
                "{\"start\":\"" + day + "T09:30\",\"end\":\"" + day + "T11:30\",\"version\":0}",
                "Authorization",
                DemoAccount.TEAM_LEAD.basicAuth());
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        HttpResponse<String> stale = Vigil.sendJson(
                "PUT",
                "/api/v1/visits/" + id + "/period",
                "{\"start\":\"" + day + "T10:00\",\"end\":\"" + day + "T12:00\",\"version\":0}",
                "Authorization",
                DemoAccount.TEAM_LEAD.basicAuth());
        Problems.assertProblem(stale, 409);

        long version = Vigil.json(moved).asJsonObject().getJsonNumber("version").longValue();
        HttpResponse<String> cancelled = Vigil.sendJson(
                "POST",
                "/api/v1/visits/" + id + "/cancellation",
                "{\"reason\":\"Cơ sở tạm ngừng kinh doanh\",\"version\":" + version + "}",
                "Authorization",
                DemoAccount.TEAM_LEAD.basicAuth());
        assertThat(Vigil.json(cancelled).asJsonObject().getString("status")).isEqualTo("CANCELLED");
        assertThat(schedule(DemoAccount.TEAM_LEAD, establishment, team, "09:30", "11:30")
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void anInspectorReadsButMayNotSchedule() {
        long team = team("Đoàn kiểm tra liên ngành số 1");
        HttpResponse<String> refused =
                schedule(DemoAccount.INSPECTOR, operatingEstablishments().get(4), team, "08:00", "09:00");
        Problems.assertProblem(refused, 403);
        HttpResponse<String> mine =
                Vigil.get("/api/v1/visits/mine", "Authorization", DemoAccount.INSPECTOR.basicAuth());
        assertThat(mine.statusCode()).isEqualTo(200);
    }

    @Test
    void badInputIsExplainedWithTheFieldNamed() {
        long team = team("Đoàn kiểm tra liên ngành số 1");
        String noStart = "{\"establishmentId\":" + operatingEstablishments().get(5) + ",\"teamId\":" + team
                + ",\"kind\":\"ANNOUNCED\",\"end\":\"" + day + "T10:00\"}";
        HttpResponse<String> vi =
                Vigil.sendJson("POST", "/api/v1/visits", noStart, "Authorization", DemoAccount.TEAM_LEAD.basicAuth());
        Problems.assertProblem(vi, 400);
        assertThat(Problems.detail(vi)).contains("thời gian bắt đầu");
        HttpResponse<String> reversed =
                schedule(DemoAccount.TEAM_LEAD, operatingEstablishments().get(5), team, "10:00", "09:00");
        Problems.assertProblem(reversed, 400);
        assertThat(Problems.detail(reversed)).contains("Thời gian kết thúc phải sau thời gian bắt đầu");
        HttpResponse<String> badStatus = Vigil.get(
                "/api/v1/visits?status=DONE",
                "Authorization",
                DemoAccount.TEAM_LEAD.basicAuth(),
                "Accept-Language",
                "en");
        Problems.assertProblem(badStatus, 400);
        assertThat(Problems.detail(badStatus)).contains("status");
    }

    @Test
    void aTeamOfOneDepartmentIsRefused() {
        List<JsonObject> police = Vigil.json(
                        Vigil.get("/api/v1/teams/candidates", "Authorization", DemoAccount.TEAM_LEAD.basicAuth()))
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(s -> "Công an tỉnh".equals(s.getString("departmentName", "")))
                .toList();
        long lead = police.stream()
                .filter(s -> s.getString("username").equals("teamlead"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        String members = police.stream()
                .map(s -> String.valueOf(s.getJsonNumber("id").longValue()))
                .reduce((a, b) -> a + "," + b)
                .orElseThrow();
        HttpResponse<String> refused = Vigil.sendJson(
                "POST",
                "/api/v1/teams",
                "{\"name\":\"Tổ công an " + day + "\",\"leadUserId\":" + lead + ",\"memberIds\":[" + members + "]}",
                "Authorization",
                DemoAccount.TEAM_LEAD.basicAuth());
        Problems.assertProblem(refused, 400);
        assertThat(Problems.detail(refused)).contains("ít nhất 2 cơ quan");
    }

    private HttpResponse<String> schedule(DemoAccount who, long establishment, long team, String start, String end) {
        return Vigil.sendJson(
                "POST", "/api/v1/visits", body(establishment, team, start, end), "Authorization", who.basicAuth());
    }

    private String body(long establishment, long team, String start, String end) {
        return "{\"establishmentId\":" + establishment + ",\"teamId\":" + team + ",\"kind\":\"UNANNOUNCED\","
                + "\"start\":\"" + day + "T" + start + "\",\"end\":\"" + day + "T" + end + "\"}";
    }

    private String dayShown() {
        return String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    static long team(String name) {
        return Vigil.json(Vigil.get("/api/v1/teams", "Authorization", DemoAccount.INSPECTOR.basicAuth()))
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(t -> t.getString("name").equals(name))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    /** Operating establishments, a different slice for each test run so runs on one server do not collide. */
    static List<Long> operatingEstablishments() {
        return Vigil.json(Vigil.get(
                        "/api/v1/establishments?status=OPERATING&size=50",
                        "Authorization",
                        DemoAccount.INSPECTOR.basicAuth()))
                .asJsonObject()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(e -> e.getJsonNumber("id").longValue())
                .toList();
    }
}
