package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every refused access is in the audit log once, with who and what: an endpoint outside the caller's roles, a
 * page outside them (refused by the container before any of Vigil's code runs), and a record outside the caller's
 * scope.
 */
class RefusalAuditIT {

    private static final String ADMIN = DemoAccount.ADMIN.basicAuth();

    @Test
    void anEndpointOutsideTheCallersRolesIsRefusedAndAuditedOnce() {
        String path = "/api/v1/users/" + (9_000_000_000L + (UUID.randomUUID().getMostSignificantBits() & 0xFFFFFF));

        assertThat(Vigil.get(path, "Authorization", DemoAccount.INSPECTOR.basicAuth())
                        .statusCode())
                .isEqualTo(403);

        assertThat(refusalsOf("inspector", path)).singleElement().satisfies(e -> {
            assertThat(e.getString("action")).isEqualTo("ACCESS_REFUSED");
            assertThat(e.getString("detail")).startsWith("GET ");
        });
    }

    @Test
    void aPageOutsideTheCallersRolesIsRefusedAndAuditedOnce() {
        String path = "/admin/probe-" + UUID.randomUUID() + ".xhtml";
        WebSession session = WebSession.signedInAs(DemoAccount.INSPECTOR);

        assertThat(session.get(path).statusCode()).isEqualTo(403);

        assertThat(refusalsOf("inspector", path)).hasSize(1);
    }

    @Test
    void aCaseOutsideATeamLeadsTeamsIsRefusedAndAuditedOnce() {
        JsonObject opened = ViolationCases.openedByHand(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        String path = "/api/v1/violation-cases/" + opened.getJsonNumber("id").longValue();

        assertThat(Vigil.get(path, "Authorization", DemoAccount.TEAM_LEAD.basicAuth())
                        .statusCode())
                .isEqualTo(403);

        assertThat(refusalsOf("teamlead", path)).hasSize(1);
        assertThat(refusalsOf("legal", path))
                .as("the officer who may read it left no refusal")
                .isEmpty();
    }

    /** The refusals of {@code actor} whose detail names {@code path}, newest first. */
    private static List<JsonObject> refusalsOf(String actor, String path) {
        HttpResponse<String> found = Vigil.get(
                "/api/v1/audit-entries?size=200&action=ACCESS_REFUSED&actor="
                        + URLEncoder.encode(actor, StandardCharsets.UTF_8),
                "Authorization",
                ADMIN);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return Vigil.json(found).asJsonObject().getJsonArray("items").stream()
                .map(v -> v.asJsonObject())
                .filter(e -> !e.isNull("detail") && e.getString("detail").endsWith(path))
                .toList();
    }
}
