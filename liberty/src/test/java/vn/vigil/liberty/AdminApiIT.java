package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vigil.liberty.AdminData.ADMIN;
import static vn.vigil.liberty.Problems.assertProblem;
import static vn.vigil.liberty.Problems.detail;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;

/** Administration through the REST API: units, accounts, holidays and the audit trail. */
class AdminApiIT {

    private static final String INSPECTOR = DemoAccount.INSPECTOR.basicAuth();
    private static final String PASSWORD = "Kiemthu2026x";

    @Test
    void createsReadsAndUpdatesAUnitWithOptimisticLocking() {
        String code = Unique.code("IT");
        long province = AdminData.provinceId();

        HttpResponse<String> created = postUnit(unit(code, "Xã Tân Hòa Kiểm Thử", province, "2026-07-30", null), ADMIN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject unit = Vigil.json(created).asJsonObject();
        long id = unit.getJsonNumber("id").longValue();
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/api/v1/admin-units/" + id));

        JsonObject read = readUnit(id);
        assertThat(read.getString("code")).isEqualTo(code);
        assertThat(read.getString("name")).isEqualTo("Xã Tân Hòa Kiểm Thử");
        assertThat(read.getString("parentName")).isEqualTo(AdminData.PROVINCE);
        long version = read.getJsonNumber("version").longValue();

        HttpResponse<String> updated = putUnit(id, unit(code, "Xã Tân Hòa Mới", province, "2026-07-30", version), "vi");
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(Vigil.json(updated).asJsonObject().getJsonNumber("version").longValue())
                .isEqualTo(version + 1);

        HttpResponse<String> stale = putUnit(id, unit(code, "Xã Ghi Đè", province, "2026-07-30", version), "en");
        assertProblem(stale, 409);
        assertThat(detail(stale)).contains("Someone else has just changed");
        HttpResponse<String> staleVi = putUnit(id, unit(code, "Xã Ghi Đè", province, "2026-07-30", version), "vi");
        assertProblem(staleVi, 409);
        assertThat(detail(staleVi)).contains("vừa được người khác thay đổi");

        JsonObject after = readUnit(id);
        assertThat(after.getString("name")).as("nothing changed on 409").isEqualTo("Xã Tân Hòa Mới");
        assertThat(after.getJsonNumber("version").longValue()).isEqualTo(version + 1);
    }

    @Test
    void refusesMalformedJsonInVietnameseWithoutInternals() {
        HttpResponse<String> response = postUnit("{\"code\": \"X\", ", ADMIN);

        assertProblem(response, 400);
        assertThat(detail(response)).startsWith("Nội dung gửi lên không phải JSON hợp lệ");
    }

    @Test
    void refusesATooLongNameNamingTheFieldAndSavesNothing() {
        String code = Unique.code("IT");
        String name = "Xã " + "Đ".repeat(120);

        HttpResponse<String> response = postUnit(unit(code, name, AdminData.provinceId(), "2026-07-30", null), ADMIN);

        assertProblem(response, 400);
        assertThat(detail(response)).isEqualTo("Tên dài quá 120 ký tự.");
        assertThat(AdminData.unitsWithCode(code)).isEmpty();
    }

    @Test
    void refusesADateInTheScreenFormat() {
        String code = Unique.code("IT");

        HttpResponse<String> response =
                postUnit(unit(code, "Xã Sai Ngày", AdminData.provinceId(), "30/07/2026", null), ADMIN);

        assertProblem(response, 400);
        assertThat(detail(response)).contains("validFrom");
        assertThat(AdminData.unitsWithCode(code)).isEmpty();
    }

    @Test
    void refusesAnUnknownParent() {
        String code = Unique.code("IT");

        HttpResponse<String> response = postUnit(unit(code, "Xã Mồ Côi", 987_654_321L, "2026-07-30", null), ADMIN);

        assertThat(response.statusCode()).as(response.body()).isBetween(400, 404);
        assertProblem(response, response.statusCode());
        assertThat(detail(response)).contains("987654321");
        assertThat(AdminData.unitsWithCode(code)).isEmpty();
    }

    @Test
    void refusesAnInspectorAddingAUnit() {
        String code = Unique.code("IT");

        HttpResponse<String> response =
                postUnit(unit(code, "Xã Không Được Thêm", AdminData.provinceId(), "2026-07-30", null), INSPECTOR);

        assertProblem(response, 403);
        assertThat(detail(response)).isEqualTo("Bạn không có quyền thực hiện thao tác này.");
        assertThat(AdminData.unitsWithCode(code)).isEmpty();
    }

    @Test
    void createsAnAccountThatCanSignInAndNeverShowsItsPasswordHash() {
        String username = Unique.username("it");

        JsonObject created = AdminData.createUser(username, PASSWORD, "INSPECTOR");
        long id = created.getJsonNumber("id").longValue();

        HttpResponse<String> duplicate =
                Vigil.sendJson("POST", "/api/v1/users", """
                {"username":"%s","fullName":"Người Trùng Tên","roles":["INSPECTOR"],"password":"%s"}""".formatted(username, PASSWORD), "Authorization", ADMIN);
        assertProblem(duplicate, 400);
        assertThat(detail(duplicate)).isEqualTo("Tên đăng nhập \"" + username + "\" đã có người sử dụng.");

        HttpResponse<String> one = Vigil.get("/api/v1/users/" + id, "Authorization", ADMIN);
        HttpResponse<String> search = Vigil.get("/api/v1/users?text=" + username, "Authorization", ADMIN);
        HttpResponse<String> me = Vigil.get("/api/v1/me", "Authorization", Vigil.basic(username, PASSWORD));
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains(username);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(Vigil.json(me).asJsonObject().getString("username")).isEqualTo(username);
        for (HttpResponse<String> response : java.util.List.of(one, search, me)) {
            assertThat(response.body().toLowerCase(java.util.Locale.ROOT))
                    .doesNotContain("hash")
                    .doesNotContain("password")
                    .doesNotContain("$argon")
                    .doesNotContain("pbkdf2")
                    .doesNotContain(PASSWORD.toLowerCase(java.util.Locale.ROOT));
        }
        assertThat(Vigil.json(one).asJsonObject().keySet()).doesNotContain("password", "passwordHash");
    }

    @Test
    void wrongPasswordsNeverLockAnAccountOutOfItsOwnAddress() {
        String username = Unique.username("lock");
        long id = AdminData.createUser(username, PASSWORD, "CASE_WORKER")
                .getJsonNumber("id")
                .longValue();
        assertThat(Vigil.get("/api/v1/me", "Authorization", Vigil.basic(username, PASSWORD))
                        .statusCode())
                .as("the first sign-in makes this address a known one")
                .isEqualTo(200);

        for (int attempt = 1; attempt <= 6; attempt++) {
            HttpResponse<String> wrong =
                    Vigil.get("/api/v1/me", "Authorization", Vigil.basic(username, "Sai-mat-khau-1"));
            assertThat(wrong.statusCode()).as("wrong password %d", attempt).isEqualTo(401);
        }

        JsonObject account = Vigil.json(Vigil.get("/api/v1/users/" + id, "Authorization", ADMIN))
                .asJsonObject();
        assertThat(account.getInt("failedLogins"))
                .as("the count shows in the account")
                .isEqualTo(6);
        assertThat(account.containsKey("locked")).isFalse();
        HttpResponse<String> right = Vigil.get("/api/v1/me", "Authorization", Vigil.basic(username, PASSWORD));
        assertThat(right.statusCode()).as("the owner still signs in").isEqualTo(200);
    }

    @Test
    void refusesAMakeUpWorkingDayOnAWeekday() {
        LocalDate wednesday = LocalDate.now().plusYears(1).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        String body = """
                {"day":"%s","name":"Làm bù thử","kind":"MAKE_UP_WORKING_DAY"}""".formatted(wednesday);

        HttpResponse<String> response = Vigil.sendJson("POST", "/api/v1/holidays", body, "Authorization", ADMIN);

        assertProblem(response, 400);
        assertThat(detail(response)).isEqualTo("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.");
        HttpResponse<String> year = Vigil.get("/api/v1/holidays?year=" + wednesday.getYear(), "Authorization", ADMIN);
        assertThat(year.body()).as("nothing saved").doesNotContain(wednesday.toString());
    }

    @Test
    void recordsUnitAndAccountCreationsInTheAuditTrailForAdministratorsOnly() {
        String code = Unique.code("IT");
        String username = Unique.username("aud");
        HttpResponse<String> created =
                postUnit(unit(code, "Xã Nhật Ký", AdminData.provinceId(), "2026-07-30", null), ADMIN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String unitId = Vigil.json(created).asJsonObject().getJsonNumber("id").toString();
        String userId = AdminData.createUser(username, PASSWORD, "INSPECTOR")
                .getJsonNumber("id")
                .toString();

        assertThat(audit("UNIT_CREATED", "AdministrativeUnit", unitId)).contains(code);
        assertThat(audit("USER_CREATED", "UserAccount", userId)).contains(username);
        HttpResponse<String> inspector = Vigil.get("/api/v1/audit-entries", "Authorization", INSPECTOR);
        assertProblem(inspector, 403);
    }

    /** The detail of the one audit entry of that action on that entity, done by the administrator. */
    private static String audit(String action, String entityType, String entityId) {
        HttpResponse<String> response = Vigil.get(
                "/api/v1/audit-entries?action=" + action + "&entityType=" + entityType + "&entityId=" + entityId,
                "Authorization",
                ADMIN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var items = Vigil.json(response).asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).as("%s of %s %s", action, entityType, entityId).hasSize(1);
        assertThat(items.get(0).getString("actor")).isEqualTo("admin");
        return items.get(0).getString("detail");
    }

    private static String unit(String code, String name, long parentId, String validFrom, Long version) {
        return """
                {"code":"%s","name":"%s","kind":"XA","parentId":%d,"validFrom":"%s"%s}""".formatted(code, name, parentId, validFrom, version == null ? "" : ",\"version\":" + version);
    }

    private static HttpResponse<String> postUnit(String body, String authorization) {
        return Vigil.sendJson("POST", "/api/v1/admin-units", body, "Authorization", authorization);
    }

    private static HttpResponse<String> putUnit(long id, String body, String language) {
        return Vigil.sendJson(
                "PUT", "/api/v1/admin-units/" + id, body, "Authorization", ADMIN, "Accept-Language", language);
    }

    private static JsonObject readUnit(long id) {
        HttpResponse<String> response = Vigil.get("/api/v1/admin-units/" + id, "Authorization", ADMIN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Vigil.json(response).asJsonObject();
    }

    @Test
    void theAuditLogsSealedChainVerifiesWholeForTheAdministratorOnly() {
        HttpResponse<String> response = Vigil.get("/api/v1/audit-entries/chain", "Authorization", ADMIN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject chain = Vigil.json(response).asJsonObject();
        assertThat(chain.getJsonNumber("linksChecked").longValue())
                .as("every entry written so far is sealed before the walk")
                .isPositive();
        assertThat(chain.containsKey("firstBrokenSeq") && !chain.isNull("firstBrokenSeq"))
                .as("a chain nobody tampered with is whole: %s", chain)
                .isFalse();
        assertThat(chain.getJsonNumber("unsealedOld").longValue()).isZero();
        assertProblem(
                Vigil.get("/api/v1/audit-entries/chain", "Authorization", DemoAccount.COMMITTEE.basicAuth()), 403);
    }
}
