package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Checklists kept by an administrator: through the API (template for a new line, draft, edit, publish, the earlier
 * version unchanged; others may read but not change) and on the admin page (draft started, item added, published).
 */
class ChecklistAdminIT {

    private static final String ADMIN = DemoAccount.ADMIN.basicAuth();

    @RegisterExtension
    static final Browser browser = Browser.sharedByTheClass();

    private final Prime prime = new Prime(browser);

    @Test
    void anAdministratorDraftsEditsAndPublishesWhileThePublishedVersionStaysAsItWas() {
        JsonObject template = newTemplate();
        long draftId = template.getJsonNumber("draftId").longValue();
        JsonObject draft = version(draftId);
        draft = change(
                "POST",
                "/api/v1/checklist-versions/" + draftId + "/items?version=" + draft.getInt("version"),
                "{\"code\":\"HOURS\",\"question\":\"Cơ sở không hoạt động từ 00 giờ đến 08 giờ sáng?\","
                        + "\"answerType\":\"YES_NO\",\"required\":true}");
        draft = change(
                "POST",
                "/api/v1/checklist-versions/" + draftId + "/items?version=" + draft.getInt("version"),
                "{\"question\":\"Số phòng hát đang hoạt động\",\"answerType\":\"NUMBER\",\"required\":true}");
        JsonObject v1 = change(
                "POST",
                "/api/v1/checklist-versions/" + draftId + "/publication?version=" + draft.getInt("version"),
                "");
        assertThat(v1.getBoolean("draft")).isFalse();
        long line = template.getJsonNumber("businessLineId").longValue();
        HttpResponse<String> inForce = Vigil.get(
                "/api/v1/checklists/in-force?businessLine=" + line, "Authorization", DemoAccount.INSPECTOR.basicAuth());
        assertThat(inForce.statusCode()).as(inForce.body()).isEqualTo(200);
        String v1AsPublished = inForce.body();

        long templateId = template.getJsonNumber("templateId").longValue();
        HttpResponse<String> started =
                Vigil.sendJson("POST", "/api/v1/checklists/" + templateId + "/draft", "", "Authorization", ADMIN);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        JsonObject v2 = Vigil.json(started).asJsonObject();
        long v2Id = v2.getJsonNumber("id").longValue();
        assertThat(v2.getInt("number")).isEqualTo(2);
        assertThat(v2.getJsonArray("items")).hasSize(2);
        long hours =
                v2.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        long rooms =
                v2.getJsonArray("items").getJsonObject(1).getJsonNumber("id").longValue();
        v2 = change(
                "PUT",
                "/api/v1/checklist-versions/" + v2Id + "/items/" + hours + "?version=" + v2.getInt("version"),
                "{\"code\":\"HOURS\",\"question\":\"Không hoạt động từ 00 giờ đến 08 giờ?\",\"answerType\":\"YES_NO\","
                        + "\"required\":false}");
        v2 = change(
                "PUT",
                "/api/v1/checklist-versions/" + v2Id + "/items/" + rooms + "/position?version=" + v2.getInt("version"),
                "{\"position\":1}");
        assertThat(v2.getJsonArray("items").getJsonObject(0).getString("code")).isEqualTo("ITEM_2");
        HttpResponse<String> stale = Vigil.sendJson(
                "POST", "/api/v1/checklist-versions/" + v2Id + "/publication?version=0", "", "Authorization", ADMIN);
        Problems.assertProblem(stale, 409);
        change("POST", "/api/v1/checklist-versions/" + v2Id + "/publication?version=" + v2.getInt("version"), "");

        assertThat(Vigil.get("/api/v1/checklist-versions/" + v1.getJsonNumber("id"), "Authorization", ADMIN)
                        .body())
                .isEqualTo(v1AsPublished);
        HttpResponse<String> republish = Vigil.sendJson(
                "POST",
                "/api/v1/checklist-versions/" + v1.getJsonNumber("id") + "/publication?version=" + v1.getInt("version"),
                "",
                "Authorization",
                ADMIN,
                "Accept-Language",
                "en");
        Problems.assertProblem(republish, 400);
        assertThat(Problems.detail(republish)).contains("Version 1 is published");
        HttpResponse<String> history =
                Vigil.get("/api/v1/checklists/" + templateId + "/versions", "Authorization", ADMIN);
        assertThat(Vigil.json(history).asJsonArray()).hasSize(2);
        assertThat(Vigil.json(Vigil.get(
                                "/api/v1/checklists/in-force?businessLine=" + line,
                                "Authorization",
                                DemoAccount.LEGAL.basicAuth()))
                        .asJsonObject()
                        .getInt("number"))
                .isEqualTo(2);
    }

    @Test
    void onlyAdministratorsChangeChecklistsAndTheCommitteeDoesNotReadThem() {
        JsonObject template = newTemplate();
        long draftId = template.getJsonNumber("draftId").longValue();
        HttpResponse<String> byInspector = Vigil.sendJson(
                "POST",
                "/api/v1/checklist-versions/" + draftId + "/items?version=0",
                "{\"question\":\"Câu hỏi\",\"answerType\":\"TEXT\",\"required\":false}",
                "Authorization",
                DemoAccount.INSPECTOR.basicAuth());
        assertThat(byInspector.statusCode()).as(byInspector.body()).isEqualTo(403);
        HttpResponse<String> byCommittee =
                Vigil.get("/api/v1/checklists", "Authorization", DemoAccount.COMMITTEE.basicAuth());
        assertThat(byCommittee.statusCode()).as(byCommittee.body()).isEqualTo(403);
        HttpResponse<String> seeded =
                Vigil.get("/api/v1/checklists", "Authorization", DemoAccount.TEAM_LEAD.basicAuth());
        assertThat(seeded.body()).contains("\"businessLineCode\":\"KARAOKE\"").contains("\"inForceNumber\":1");
    }

    @Test
    void onThePageAnAdministratorStartsADraftAddsAQuestionAndPublishesIt() {
        JsonObject template = newTemplate();
        long draftId = template.getJsonNumber("draftId").longValue();
        JsonObject draft = change(
                "POST",
                "/api/v1/checklist-versions/" + draftId + "/items?version=0",
                "{\"code\":\"PREMISES\",\"question\":\"Ảnh chụp mặt tiền\",\"answerType\":\"PHOTO\",\"required\":true}");
        change("POST", "/api/v1/checklist-versions/" + draftId + "/publication?version=" + draft.getInt("version"), "");

        browser.signIn(DemoAccount.ADMIN);
        browser.open("/admin/checklists.xhtml");
        assertThat(browser.text(By.id("templatesForm:templates")))
                .contains("KARAOKE")
                .contains("Phiên bản 1");
        browser.open("/admin/checklists.xhtml?template=" + template.getJsonNumber("templateId"));
        assertThat(browser.text(By.id("templateForm:shownPanel"))).contains("Ảnh chụp mặt tiền");

        prime.click("templateForm:startDraft");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("templateForm:draftItems")));
        prime.click("templateForm:addItem");
        prime.waitUntilShown("itemDialog");
        prime.type("itemForm:question", "Cửa phòng hát có ô kính không màu, nhìn rõ bên trong?");
        prime.click("itemForm:saveItem");
        prime.waitUntilHidden("itemDialog");
        assertThat(browser.text(By.id("templateForm:draftItems"))).contains("Cửa phòng hát có ô kính không màu");

        prime.click("templateForm:publish");
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        prime.waitForAjax();
        browser.waitFor(d -> prime.growl().contains("Đã ban hành phiên bản 2."));
        assertThat(browser.text(By.id("templateForm:history")))
                .contains("Đang áp dụng")
                .contains("Đã thay thế");
        assertThat(browser.all(By.id("templateForm:draftItems"))).isEmpty();
    }

    /** A business line of its own (so tests never share a draft) with its new template and empty draft. */
    private static JsonObject newTemplate() {
        String code = Unique.code("CL");
        HttpResponse<String> line = Vigil.sendJson(
                "POST",
                "/api/v1/business-lines",
                "{\"code\":\"" + code + "\",\"nameVi\":\"Ngành thử " + code + "\",\"nameEn\":\"Test line " + code
                        + "\",\"riskWeight\":40,\"conditional\":false,\"active\":true}",
                "Authorization",
                ADMIN);
        assertThat(line.statusCode()).as(line.body()).isEqualTo(201);
        long lineId = Vigil.json(line).asJsonObject().getJsonNumber("id").longValue();
        HttpResponse<String> created = Vigil.sendJson(
                "POST", "/api/v1/checklists", "{\"businessLineId\":" + lineId + "}", "Authorization", ADMIN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Vigil.json(created).asJsonObject();
    }

    private static JsonObject version(long id) {
        HttpResponse<String> response = Vigil.get("/api/v1/checklist-versions/" + id, "Authorization", ADMIN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Vigil.json(response).asJsonObject();
    }

    private static JsonObject change(String method, String path, String body) {
        HttpResponse<String> response = Vigil.sendJson(method, path, body, "Authorization", ADMIN);
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isEqualTo(200);
        return Vigil.json(response).asJsonObject();
    }
}
