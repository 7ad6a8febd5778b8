package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** What operators and integrators rely on: health checks, the OpenAPI document, metrics. */
class HealthAndDocsIT {

    @Test
    void isReadyWithAMigratedDatabase() {
        HttpResponse<String> response = Vigil.get("/health/ready");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject health = Vigil.json(response).asJsonObject();
        assertThat(health.getString("status")).isEqualTo("UP");
        JsonObject database = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("database"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no database check in " + response.body()));
        assertThat(database.getString("status")).isEqualTo("UP");
        assertThat(database.getJsonObject("data").get("migrated")).isEqualTo(JsonValue.TRUE);
        assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class))
                .as("the development secrets are allowed with demo data (the tests' server)")
                .anyMatch(check -> check.getString("name").equals("production-secrets")
                        && check.getString("status").equals("UP"));
    }

    @Test
    void isLive() {
        HttpResponse<String> response = Vigil.get("/health/live");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Vigil.json(response).asJsonObject().getString("status")).isEqualTo("UP");
    }

    @Test
    void publishesTheApiDocument() {
        HttpResponse<String> response = Vigil.get("/openapi", "Accept", "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject document = Vigil.json(response).asJsonObject();
        assertThat(document.getJsonObject("info").getString("title")).isEqualTo("Vigil API");
        assertThat(document.getJsonObject("paths").keySet()).contains("/api/v1/me", "/api/v1/me/dashboard");
    }

    @Test
    void publishesMetrics() {
        HttpResponse<String> response = Vigil.get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_uptime_seconds");
    }
}
