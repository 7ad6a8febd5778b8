package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reference data and accounts read or made through the REST API as the administrator. */
final class AdminData {

    static final String PROVINCE = "Tỉnh Đồng Nai";
    static final String ADMIN = DemoAccount.ADMIN.basicAuth();

    private AdminData() {}

    /** The province of Đồng Nai in force today. */
    static long provinceId() {
        return units("text=" + encode(PROVINCE) + "&level=PROVINCE&validOn=" + java.time.LocalDate.now()).stream()
                .filter(unit -> unit.getString("name").equals(PROVINCE))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    /** The units whose code starts with {@code code}, over the whole history. */
    static List<JsonObject> unitsWithCode(String code) {
        return units("text=" + encode(code)).stream()
                .filter(unit -> unit.getString("code").equals(code))
                .toList();
    }

    /** An active department (the first the API lists). */
    static JsonObject someDepartment() {
        HttpResponse<String> response = Vigil.get("/api/v1/departments?activeOnly=true", "Authorization", ADMIN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Vigil.json(response).asJsonArray().getJsonObject(0);
    }

    /** Creates an account with the given role in some department; answers the created account. */
    static JsonObject createUser(String username, String password, String role) {
        String body =
                """
                {"username":"%s","fullName":"Trần Thị Kiểm Thử","departmentId":%d,"roles":["%s"],"password":"%s"}""".formatted(username, someDepartment().getJsonNumber("id").longValue(), role, password);
        HttpResponse<String> response = Vigil.sendJson("POST", "/api/v1/users", body, "Authorization", ADMIN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Vigil.json(response).asJsonObject();
    }

    private static List<JsonObject> units(String query) {
        HttpResponse<String> response = Vigil.get("/api/v1/admin-units?size=200&" + query, "Authorization", ADMIN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Vigil.json(response).asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
