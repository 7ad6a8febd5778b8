package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/** Checks of RFC 9457 problem answers: the status, the media type, a title, and no server internals. */
final class Problems {

    static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {}

    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM_JSON));
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at vn.vigil");
        JsonObject problem = Vigil.json(response).asJsonObject();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
    }

    static String detail(HttpResponse<String> response) {
        return Vigil.json(response).asJsonObject().getString("detail");
    }
}
