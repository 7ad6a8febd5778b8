package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The case worker assesses needs and requests the initial hardship allowance on their case; a finance officer
 * allocates it, approves it and records its payment. The finance pages show the case code, never the person.
 */
class SupportFundsJourneyIT {

    private static final String PERSON = "Nguyễn Thị Hồng Nhung";

    @RegisterExtension
    final Browser browser = new Browser();

    private final Prime prime = new Prime(browser);

    @Test
    void aCaseWorkerRequestsSupportAndFinanceApprovesAndPaysIt() {
        VictimCases.Case victimCase = VictimCases.openCase(PERSON);

        browser.signIn(DemoAccount.CASE_WORKER);
        browser.open("/victim/support.xhtml?case=" + victimCase.id());
        assertThat(browser.text(By.id("caseCode"))).isEqualTo(victimCase.code());
        prime.tick("supportForm:needs", "a");
        prime.tick("supportForm:needs", "k");
        prime.click("supportForm:assess");
        browser.waitFor(
                ExpectedConditions.textToBePresentInElementLocated(By.id("supportForm:assessments"), "caseworker"));

        prime.choose("supportForm:supportType", "k — Trợ cấp khó khăn ban đầu, hỗ trợ vay vốn");
        browser.waitFor(d -> !d.findElement(By.id("supportForm:amount_input"))
                .getAttribute("value")
                .isBlank());
        assertThat(browser.text(By.id("supportForm:rate_label")))
                .as("the rate proposed, its amount written with thousands separators")
                .contains("3.000.000 ₫");
        prime.type("supportForm:purpose", "Trợ cấp khó khăn ban đầu khi trở về địa phương");
        prime.click("supportForm:requestSupport");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("supportForm:requests"), "Chờ duyệt"));
        browser.driver().manage().deleteAllCookies();

        JsonObject request = history(victimCase.id());
        long id = request.getJsonNumber("id").longValue();
        assertThat(request.getJsonNumber("amount").longValue()).isEqualTo(3_000_000);
        allocateToTheHardshipLine(id, request.getJsonNumber("version").longValue());

        browser.signIn(DemoAccount.FINANCE);
        browser.open("/finance/requests.xhtml");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("queueForm:requests")));
        assertThat(browser.driver().getPageSource()).doesNotContain(PERSON);

        browser.open("/finance/request.xhtml?id=" + id);
        assertThat(browser.text(By.id("requestForm:caseLink"))).isEqualTo(victimCase.code());
        prime.click("requestForm:approve");
        prime.click("requestForm:confirmYes");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("requestForm:status"), "Đã duyệt, chờ chi trả"));
        prime.click("requestForm:startDisburse");
        prime.waitUntilShown("disburseDialog");
        prime.type("disburseForm:receipt", "PC-" + victimCase.code());
        prime.click("disburseForm:disburse");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("requestForm:status"), "Đã chi trả"));
        assertThat(browser.driver().getPageSource()).doesNotContain(PERSON);

        browser.open("/finance/case.xhtml?case=" + victimCase.id());
        assertThat(browser.text(By.id("totalDisbursed"))).contains("3");
        assertThat(browser.driver().getPageSource()).contains(victimCase.code()).doesNotContain(PERSON);
        browser.open("/finance/budget-lines.xhtml");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("linesForm:lines")));
        assertThat(browser.driver().getPageSource()).doesNotContain(PERSON);
    }

    private static JsonObject history(long caseId) {
        HttpResponse<String> response =
                Vigil.get("/api/v1/support-requests?case=" + caseId, "Authorization", DemoAccount.FINANCE.basicAuth());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(PERSON);
        return Vigil.json(response).asJsonArray().getJsonObject(0);
    }

    private static void allocateToTheHardshipLine(long requestId, long version) {
        HttpResponse<String> lines = Vigil.get(
                "/api/v1/budget-lines?year=" + java.time.LocalDate.now().getYear(),
                "Authorization",
                DemoAccount.FINANCE.basicAuth());
        long line = Vigil.json(lines).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(l -> l.getString("supportType").equals("k")
                        && l.getJsonNumber("available").longValue() >= 3_000_000)
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        HttpResponse<String> allocated = Vigil.sendJson(
                "POST",
                "/api/v1/support-requests/" + requestId + "/allocation?version=" + version,
                "{\"budgetLineId\":" + line + "}",
                "Authorization",
                DemoAccount.FINANCE.basicAuth());
        assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(200);
    }
}
