package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A case with signs of a crime goes to the criminal investigation body, which prosecutes; the lead of the team that
 * made the visit reads the case without any step to take, and the lead of another team is refused it. A step on a
 * case changed by someone else since the page loaded is refused as a conflict.
 */
class ViolationCasePoliceJourneyIT {

    static final String OTHER_TEAM_LEAD = "truongdoan.vhtt";

    @RegisterExtension
    static final Browser browser = Browser.sharedByTheClass();

    private final Prime prime = new Prime(browser);

    @Test
    void transferredToThePoliceAndProsecutedThenReadByItsTeamLeadAndRefusedToAnother() {
        JsonObject opened = ViolationCases.caseOfSignedOffVisit();
        long id = opened.getJsonNumber("id").longValue();
        String reason = "Có dấu hiệu tội mua bán người (Điều 150 Bộ luật Hình sự) " + Unique.code("R");

        browser.signIn(DemoAccount.LEGAL);
        browser.open("/legal/case.xhtml?id=" + id);
        assertThat(browser.text(By.id("caseForm:status"))).isEqualTo("Mới mở");
        step("TRANSFER_TO_POLICE");
        prime.click("stepForm:save");
        assertThat(browser.text(By.id("stepForm:stepMessages")))
                .as("a transfer needs its reason")
                .isNotBlank();
        assertThat(browser.text(By.id("caseForm:status"))).isEqualTo("Mới mở");
        prime.type("stepForm:text", reason);
        prime.click("stepForm:save");
        status("Đã chuyển cơ quan điều tra");
        assertThat(browser.all(By.cssSelector(".step-RETURN_FROM_POLICE"))).hasSize(1);

        step("PROSECUTE");
        prime.type("stepForm:text", "Quyết định khởi tố vụ án số 12/QĐ-CSHS");
        prime.click("stepForm:save");
        status("Đã khởi tố vụ án hình sự");
        assertThat(browser.all(By.id("caseForm:steps")))
                .as("a closed case has no step left")
                .isEmpty();
        assertThat(browser.text(By.id("caseForm:history")))
                .contains("Chuyển cơ quan điều tra")
                .contains(reason)
                .contains("Ghi nhận khởi tố vụ án");
        browser.clickAndWaitForNewPage(RoleHomeIT.byId("logout"));

        browser.signIn(DemoAccount.TEAM_LEAD);
        browser.open("/legal/cases.xhtml");
        prime.type("casesForm:violator", ViolationCases.establishmentName(opened));
        prime.choose("casesForm:status", "Đã khởi tố vụ án hình sự");
        prime.click("casesForm:search");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(caseLink(id)));
        assertThat(browser.all(By.id("casesForm:openByHand")))
                .as("a team lead opens no case")
                .isEmpty();
        browser.open("/legal/case.xhtml?id=" + id);
        assertThat(browser.text(By.id("caseForm:status"))).isEqualTo("Đã khởi tố vụ án hình sự");
        assertThat(browser.text(By.id("caseForm:history"))).contains(reason);
        assertThat(browser.all(By.id("caseForm:steps"))).as("read only").isEmpty();
        browser.clickAndWaitForNewPage(RoleHomeIT.byId("logout"));

        browser.submitLogin(OTHER_TEAM_LEAD, Vigil.PASSWORD);
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        browser.open("/legal/case.xhtml?id=" + id);
        assertThat(browser.text(By.tagName("body")))
                .contains("Không có quyền truy cập")
                .doesNotContain(reason);
        browser.open("/legal/cases.xhtml");
        prime.type("casesForm:violator", ViolationCases.establishmentName(opened));
        prime.click("casesForm:search");
        assertThat(browser.all(caseLink(id)))
                .as("another team's case is not listed")
                .isEmpty();
    }

    @Test
    void aStepOnACaseSomeoneElseChangedMeanwhileIsRefusedAndChangesNothing() {
        JsonObject c = ViolationCases.openedByHand(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        long id = c.getJsonNumber("id").longValue();

        browser.signIn(DemoAccount.LEGAL);
        browser.open("/legal/case.xhtml?id=" + id);
        step("TRANSFER_TO_POLICE");
        prime.type("stepForm:text", "Có dấu hiệu tội phạm");

        HttpResponse<String> explained = Vigil.sendJson(
                "POST",
                "/api/v1/violation-cases/" + id + "/steps?version="
                        + c.getJsonNumber("version").longValue(),
                "{\"action\":\"DECIDE_NOT_TO_SANCTION\",\"reason\":\"Không đủ căn cứ xử phạt\"}",
                "Authorization",
                ViolationCases.LEGAL);
        assertThat(explained.statusCode()).as(explained.body()).isEqualTo(200);

        prime.click("stepForm:save");
        assertThat(browser.text(By.id("stepForm:stepMessages"))).contains("vừa được người khác thay đổi");
        browser.open("/legal/case.xhtml?id=" + id);
        assertThat(browser.text(By.id("caseForm:status"))).isEqualTo("Không xử phạt");
        assertThat(browser.text(By.id("caseForm:history"))).doesNotContain("Có dấu hiệu tội phạm");
    }

    private static By caseLink(long id) {
        return By.xpath("//a[normalize-space()='Hồ sơ số " + id + "']");
    }

    private void step(String action) {
        prime.waitForAjax();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".step-" + action)))
                .click();
        prime.waitForAjax();
        prime.waitUntilShown("stepDialog");
    }

    private void status(String expected) {
        prime.waitForAjax();
        browser.waitFor(ExpectedConditions.textToBe(By.id("caseForm:status"), expected));
    }
}
