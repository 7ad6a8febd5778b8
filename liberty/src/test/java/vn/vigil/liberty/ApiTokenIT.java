package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vigil.liberty.Problems.assertProblem;
import static vn.vigil.liberty.Problems.detail;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Personal API tokens end to end: created with a password, used as {@code Authorization: Bearer vgl_…}, listed with
 * their last use, limited to some roles, revoked by their owner or an administrator, and refused once revoked or
 * past their last day.
 */
class ApiTokenIT {

    private static final String PASSWORD = "Kiemthu2026x";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void aTokenCreatedWithAPasswordSignsItsOwnerInAndShowsItsLastUse() {
        String inspector = DemoAccount.INSPECTOR.basicAuth();

        HttpResponse<String> created =
                create(inspector, "{\"name\":\"Đồng bộ số liệu\",\"lastDay\":\"" + TODAY.plusDays(30) + "\"}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject body = Vigil.json(created).asJsonObject();
        String secret = body.getString("secret");
        JsonObject token = body.getJsonObject("token");
        long id = token.getJsonNumber("id").longValue();
        assertThat(secret).matches("vgl_[A-Za-z0-9_-]{43}");
        assertThat(token.getString("prefix")).isEqualTo(secret.substring(0, 12));
        assertThat(token.getString("status")).isEqualTo("ACTIVE");
        assertThat(token.getJsonArray("roles")).isEmpty();
        assertThat(created.body()).doesNotContainIgnoringCase("digest");
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/api/v1/me/tokens/" + id));
        assertThat(created.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));

        HttpResponse<String> me = Vigil.get("/api/v1/me", "Authorization", bearer(secret));
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(Vigil.json(me).asJsonObject().getString("username")).isEqualTo("inspector");

        HttpResponse<String> listed = Vigil.get("/api/v1/me/tokens", "Authorization", bearer(secret));
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(listed.body()).doesNotContain(secret);
        JsonObject mine = find(listed, id);
        assertThat(mine.getString("name")).isEqualTo("Đồng bộ số liệu");
        assertThat(mine.getString("lastUsedAt")).isNotBlank();
        assertThat(mine.getString("lastUsedFrom")).isNotBlank();
        assertThat(mine.getString("expiresAt")).startsWith(TODAY.plusDays(30).toString() + "T17:00:00Z");

        HttpResponse<String> one = Vigil.get("/api/v1/me/tokens/" + id, "Authorization", inspector);
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        assertThat(Vigil.json(one).asJsonObject().getString("createdBy")).isEqualTo("inspector");
    }

    @Test
    void aRevokedTokenIsRefusedWithAProblemAndEveryStepIsAudited() {
        String username = Unique.username("tok");
        String owner = newInspector(username);
        Created token = created(owner, "{\"name\":\"laptop\"}");
        for (int i = 0; i < 3; i++) {
            assertThat(Vigil.get("/api/v1/me", "Authorization", bearer(token.secret))
                            .statusCode())
                    .isEqualTo(200);
        }

        HttpResponse<String> revoked = Vigil.send(Vigil.request("/api/v1/me/tokens/" + token.id)
                .DELETE()
                .header("Authorization", owner)
                .build());
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(204);

        HttpResponse<String> refused = Vigil.get("/api/v1/me", "Authorization", bearer(token.secret));
        assertProblem(refused, 401);
        assertThat(detail(refused)).contains("thu hồi");
        assertThat(find(Vigil.get("/api/v1/me/tokens", "Authorization", owner), token.id)
                        .getString("status"))
                .isEqualTo("REVOKED");
        HttpResponse<String> again = Vigil.send(Vigil.request("/api/v1/me/tokens/" + token.id)
                .DELETE()
                .header("Authorization", owner)
                .build());
        assertThat(again.statusCode()).as("revoking twice changes nothing").isEqualTo(204);

        HttpResponse<String> audit = Vigil.get(
                "/api/v1/audit-entries?entityType=ApiToken&entityId=" + token.id + "&size=50",
                "Authorization",
                AdminData.ADMIN);
        assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
        assertThat(audit.body()).doesNotContain(token.secret);
        assertThat(Vigil.json(audit).asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class))
                .allSatisfy(entry -> assertThat(entry.getString("actor")).isEqualTo(username))
                .extracting(entry -> entry.getString("action"))
                .as("newest first; three uses within a minute are one sign-in entry")
                .containsExactly("API_TOKEN_LOGIN_REFUSED", "API_TOKEN_REVOKED", "API_TOKEN_LOGIN", "API_TOKEN_ISSUED");
    }

    @Test
    void aTokenPastItsLastDayIsRefused() throws SQLException {
        String owner = newInspector();
        Created token = created(owner, "{\"name\":\"old script\",\"lastDay\":\"" + TODAY + "\"}");
        assertThat(Vigil.get("/api/v1/me", "Authorization", bearer(token.secret))
                        .statusCode())
                .isEqualTo(200);

        // the API refuses a last day before today, and waiting for midnight is no test: age the token in the database
        try (Connection c = Database.connect();
                PreparedStatement s = c.prepareStatement("update core.api_token set created_at = now() - interval"
                        + " '3 days', last_used_at = now() - interval '3 days', expires_at = now() - interval '1 day'"
                        + " where id = ?")) {
            s.setLong(1, token.id);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }

        HttpResponse<String> refused =
                Vigil.get("/api/v1/me", "Authorization", bearer(token.secret), "Accept-Language", "en");
        assertProblem(refused, 401);
        assertThat(detail(refused)).contains("expired");
        assertThat(find(Vigil.get("/api/v1/me/tokens", "Authorization", owner), token.id)
                        .getString("status"))
                .isEqualTo("EXPIRED");
    }

    @Test
    void aTokenLimitedToSomeRolesIsRefusedWhereAnotherRoleIsNeeded() {
        String teamLead = DemoAccount.TEAM_LEAD.basicAuth();
        Created inspectorOnly = created(teamLead, "{\"name\":\"chỉ kiểm tra\",\"roles\":[\"INSPECTOR\"]}");
        Created everyRole = created(teamLead, "{\"name\":\"mọi vai trò\"}");

        HttpResponse<String> me = Vigil.get("/api/v1/me", "Authorization", bearer(inspectorOnly.secret));
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(Vigil.json(me).asJsonObject().getJsonArray("roles").getValuesAs(JsonString::getString))
                .containsExactly("INSPECTOR");
        assertThat(Vigil.get("/api/v1/inspection-plans", "Authorization", bearer(inspectorOnly.secret))
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> refused =
                Vigil.sendJson("POST", "/api/v1/inspection-plans", "{}", "Authorization", bearer(inspectorOnly.secret));
        assertProblem(refused, 403);
        HttpResponse<String> teamLeadsToken =
                Vigil.sendJson("POST", "/api/v1/inspection-plans", "{}", "Authorization", bearer(everyRole.secret));
        assertProblem(teamLeadsToken, 400);
    }

    @Test
    void nobodyRevokesAnotherPersonsTokenButAnAdministratorMay() {
        String owner = newInspector();
        Created token = created(owner, "{\"name\":\"của tôi\"}");
        String other = DemoAccount.LEGAL.basicAuth();

        HttpResponse<String> byOther = Vigil.send(Vigil.request("/api/v1/me/tokens/" + token.id)
                .DELETE()
                .header("Authorization", other)
                .build());
        assertProblem(byOther, 404);
        assertProblem(Vigil.get("/api/v1/users/" + token.userId + "/tokens", "Authorization", other), 403);
        assertThat(Vigil.get("/api/v1/me", "Authorization", bearer(token.secret))
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> listed =
                Vigil.get("/api/v1/users/" + token.userId + "/tokens", "Authorization", AdminData.ADMIN);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(find(listed, token.id).getString("name")).isEqualTo("của tôi");
        HttpResponse<String> wrongUser = Vigil.send(Vigil.request("/api/v1/users/1/tokens/" + token.id)
                .DELETE()
                .header("Authorization", AdminData.ADMIN)
                .build());
        assertProblem(wrongUser, 404);
        HttpResponse<String> byAdmin = Vigil.send(Vigil.request("/api/v1/users/" + token.userId + "/tokens/" + token.id)
                .DELETE()
                .header("Authorization", AdminData.ADMIN)
                .build());
        assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(204);

        assertProblem(Vigil.get("/api/v1/me", "Authorization", bearer(token.secret)), 401);
        assertThat(find(Vigil.get("/api/v1/me/tokens", "Authorization", owner), token.id)
                        .getString("revokedBy"))
                .isEqualTo("admin");
    }

    @Test
    void aTokenCannotCreateTokens() {
        Created token = created(newInspector(), "{\"name\":\"máy chủ\"}");

        HttpResponse<String> refused = create(bearer(token.secret), "{\"name\":\"thêm một mã\"}");

        assertProblem(refused, 400);
        assertThat(detail(refused))
                .isEqualTo("Không thể dùng mã truy cập API để tạo mã mới. Hãy đăng nhập bằng mật khẩu.");
    }

    @Test
    void refusesWhatCannotBeATokenInTheCallersLanguage() {
        String owner = newInspector();

        HttpResponse<String> noName = create(owner, "{\"name\":\"  \"}");
        assertProblem(noName, 400);
        assertThat(detail(noName)).isEqualTo("Vui lòng nhập Tên mã truy cập.");

        HttpResponse<String> past = create(owner, "{\"name\":\"x\",\"lastDay\":\"" + TODAY.minusDays(1) + "\"}", "en");
        assertProblem(past, 400);
        assertThat(detail(past)).startsWith("The last day cannot be before today");

        HttpResponse<String> tooFar = create(owner, "{\"name\":\"x\",\"lastDay\":\"" + TODAY.plusDays(366) + "\"}");
        assertProblem(tooFar, 400);
        assertThat(detail(tooFar)).contains("tối đa 365 ngày");

        HttpResponse<String> notADay = create(owner, "{\"name\":\"x\",\"lastDay\":\"31/12/2026\"}");
        assertProblem(notADay, 400);
        assertThat(detail(notADay)).startsWith("Ngày hết hạn: giá trị");

        HttpResponse<String> notMine = create(owner, "{\"name\":\"x\",\"roles\":[\"ADMIN\"]}", "en");
        assertProblem(notMine, 400);
        assertThat(detail(notMine)).isEqualTo("You do not hold the role ADMIN, so a token of yours cannot have it.");

        assertThat(Vigil.json(Vigil.get("/api/v1/me/tokens", "Authorization", owner))
                        .asJsonArray())
                .as("nothing was created")
                .isEmpty();
    }

    @Test
    void anUnknownOrMalformedTokenIsRefused() {
        assertProblem(Vigil.get("/api/v1/me", "Authorization", bearer("vgl_" + "x".repeat(43))), 401);
        assertProblem(Vigil.get("/api/v1/me", "Authorization", bearer("something else")), 401);
    }

    // --- helpers

    private record Created(long id, long userId, String secret) {}

    private static String newInspector() {
        return newInspector(Unique.username("tok"));
    }

    /** A new inspector's HTTP Basic credentials. */
    private static String newInspector(String username) {
        AdminData.createUser(username, PASSWORD, "INSPECTOR");
        return Vigil.basic(username, PASSWORD);
    }

    private static HttpResponse<String> create(String authorization, String body) {
        return create(authorization, body, "vi");
    }

    private static HttpResponse<String> create(String authorization, String body, String language) {
        return Vigil.sendJson(
                "POST", "/api/v1/me/tokens", body, "Authorization", authorization, "Accept-Language", language);
    }

    private static Created created(String authorization, String body) {
        HttpResponse<String> response = create(authorization, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject created = Vigil.json(response).asJsonObject();
        JsonObject token = created.getJsonObject("token");
        return new Created(
                token.getJsonNumber("id").longValue(),
                token.getJsonNumber("userId").longValue(),
                created.getString("secret"));
    }

    private static JsonObject find(HttpResponse<String> list, long id) {
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return Vigil.json(list).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no token " + id + " in " + list.body()));
    }

    private static String bearer(String secret) {
        return "Bearer " + secret;
    }
}
