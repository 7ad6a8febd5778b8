package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administrator keeps the legal catalogue (an act added with the organisation range doubled, then edited) and
 * puts a new complaint period in force from a later day, which ends the current one the day before.
 */
class LegalCatalogueAdminIT {

    /** New rules come into force far ahead, so no other test's deadlines change. */
    static final LocalDate FAR_AHEAD = LocalDate.of(2090, 1, 1);

    @RegisterExtension
    static final Browser browser = Browser.sharedByTheClass();

    private final Prime prime = new Prime(browser);

    @Test
    void anAdministratorAddsAndEditsAnActOfTheCatalogue() {
        String description = "Cho người dưới 18 tuổi làm việc tại vũ trường " + Unique.code("D");
        browser.signIn(DemoAccount.ADMIN);
        browser.open("/admin/legal-provisions.xhtml");
        assertThat(browser.text(By.tagName("h1"))).contains("Danh mục hành vi vi phạm hành chính");

        prime.click("provisionsForm:add");
        prime.waitUntilShown("provisionDialog");
        prime.type("provisionForm:decree", "144/2021/NĐ-CP");
        prime.retype(
                "provisionForm:article_input",
                String.valueOf(ThreadLocalRandom.current().nextInt(100, 999)));
        prime.retype(
                "provisionForm:clause_input",
                String.valueOf(ThreadLocalRandom.current().nextInt(1, 999)));
        prime.type("provisionForm:description", description);
        prime.retype("provisionForm:indMin_input", "1000000");
        prime.retype("provisionForm:indMax_input", "2000000");
        prime.click("provisionForm:save");
        prime.waitUntilHidden("provisionDialog");

        prime.type("provisionsForm:text", description);
        prime.click("provisionsForm:search");
        assertThat(browser.text(By.id("provisionsForm:provisions")))
                .contains(description)
                .contains("1.000.000 – 2.000.000 đồng")
                .contains("2.000.000 – 4.000.000 đồng")
                .as("in force from today unless the administrator enters another day")
                .contains(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                        + " –");

        prime.click("provisionsForm:provisions:0:edit");
        prime.waitUntilShown("provisionDialog");
        prime.retype("provisionForm:indMax_input", "500000");
        prime.click("provisionForm:save");
        assertThat(browser.text(By.id("provisionForm:provisionMessages")))
                .contains("Mức phạt tối thiểu không được lớn hơn mức phạt tối đa");
        prime.retype("provisionForm:indMax_input", "3000000");
        prime.click("provisionForm:save");
        prime.waitUntilHidden("provisionDialog");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("provisionsForm:provisions"), "1.000.000 – 3.000.000 đồng"));
    }

    @Test
    void anAdministratorPutsANewComplaintPeriodInForceFromALaterDay() {
        LocalDate latest = latestStart("COMPLAINT");
        LocalDate from = (latest.isAfter(FAR_AHEAD) ? latest : FAR_AHEAD)
                .plusDays(1 + ThreadLocalRandom.current().nextInt(30));
        String basis = "Luật Khiếu nại (dự kiến sửa đổi) " + Unique.code("L");
        browser.signIn(DemoAccount.ADMIN);
        browser.open("/admin/violation-rules.xhtml");
        assertThat(browser.text(By.id("rulesForm:rules"))).contains("thời hiệu khiếu nại");

        prime.click("rulesForm:add");
        prime.waitUntilShown("ruleDialog");
        prime.choose("ruleForm:code", "thời hiệu khiếu nại");
        prime.retype("ruleForm:amount_input", "120");
        prime.choose("ruleForm:unit", "ngày");
        prime.retype("ruleForm:validFrom_input", from.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        browser.driver()
                .findElement(By.cssSelector("[id='ruleForm'] .dialog-lead"))
                .click();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("ruleForm:validFrom_panel")));
        prime.type("ruleForm:legalBasis", basis);
        prime.click("ruleForm:save");
        prime.waitUntilHidden("ruleDialog");
        assertThat(browser.text(By.id("rulesForm:rules"))).contains(basis);
        assertThat(latestStart("COMPLAINT")).isEqualTo(from);

        // entered by mistake: taken back before it comes into force
        LocalDate before = previousStart("COMPLAINT", from);
        browser.waitFor(ExpectedConditions.elementToBeClickable(
                        By.xpath("//tr[contains(., '" + basis + "')]//button[contains(@id, ':withdraw')]")))
                .click();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("rulesForm:confirmYes")))
                .click();
        browser.waitFor(ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(By.id("rulesForm:rules"), basis)));
        assertThat(latestStart("COMPLAINT")).isEqualTo(before);
    }

    private static LocalDate previousStart(String code, LocalDate latest) {
        HttpResponse<String> rules = Vigil.get("/api/v1/violation-rules", "Authorization", AdminData.ADMIN);
        return Vigil.json(rules).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("code").equals(code))
                .map(r -> LocalDate.parse(r.getString("validFrom")))
                .filter(d -> d.isBefore(latest))
                .max(LocalDate::compareTo)
                .orElseThrow();
    }

    private static LocalDate latestStart(String code) {
        HttpResponse<String> rules = Vigil.get("/api/v1/violation-rules", "Authorization", AdminData.ADMIN);
        assertThat(rules.statusCode()).as(rules.body()).isEqualTo(200);
        return Vigil.json(rules).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("code").equals(code))
                .map(r -> LocalDate.parse(r.getString("validFrom")))
                .max(LocalDate::compareTo)
                .orElseThrow();
    }
}
