package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A legal officer finds the case a signed-off visit opened in the case list, records the violation with an act of
 * the catalogue, issues and delivers the decision, records two instalments down to a zero balance and closes it.
 */
class ViolationCaseJourneyIT {

    @RegisterExtension
    static final Browser browser = Browser.sharedByTheClass();

    private final Prime prime = new Prime(browser);

    @Test
    void fromAVisitFindingToAPaidAndClosedCase() {
        JsonObject opened = ViolationCases.caseOfSignedOffVisit();
        long id = opened.getJsonNumber("id").longValue();
        String establishment = ViolationCases.establishmentName(opened);
        String act = ViolationCases.provisionReference("08 giờ đến 24 giờ");

        browser.signIn(DemoAccount.LEGAL);
        browser.open("/legal/cases.xhtml");
        assertThat(browser.text(By.tagName("h1"))).contains("Hồ sơ vi phạm hành chính");
        prime.type("casesForm:violator", establishment);
        prime.choose("casesForm:order", "Ngày phát hiện mới nhất");
        prime.click("casesForm:search");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("casesForm:cases"), "Hồ sơ số " + id));
        assertThat(browser.text(By.id("casesForm:cases")))
                .contains(establishment)
                .contains("Mới mở");
        browser.clickAndWaitForNewPage(By.cssSelector("a[href*='case.xhtml?id=" + id + "']"));
        assertThat(browser.text(By.id("caseForm:status"))).isEqualTo("Mới mở");
        assertThat(browser.text(By.id("caseForm:visit"))).contains("Cuộc kiểm tra số");

        String violator = "Công ty TNHH Giải trí " + Unique.code("V");
        prime.click("caseForm:record");
        prime.waitUntilShown("recordDialog");
        prime.type("recordForm:name", violator);
        prime.complete("recordForm:acts", "08 giờ đến 24", act);
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("recordForm:chosenActs"), "20.000.000 – 30.000.000 đồng"));
        prime.click("recordForm:save");
        status("Đã lập biên bản");
        assertThat(browser.text(By.id("caseForm:acts"))).contains(act);
        assertThat(browser.all(By.id("caseForm:recordPdf"))).hasSize(1);

        prime.click("caseForm:decide");
        prime.waitUntilShown("decisionDialog");
        prime.retype("decisionForm:fines:0:fine_input", "31000000");
        prime.click("decisionForm:save");
        assertThat(browser.text(By.id("decisionForm:decisionMessages"))).contains("phải từ 20.000.000 đến 30.000.000");
        assertThat(browser.text(By.id("caseForm:status"))).isEqualTo("Đã lập biên bản");
        prime.retype("decisionForm:fines:0:fine_input", "25000000");
        prime.click("decisionForm:save");
        status("Đã ra quyết định xử phạt");
        assertThat(browser.text(By.id("caseForm:fineTotal"))).isEqualTo("25.000.000");

        step("DELIVER_DECISION");
        prime.click("stepForm:save");
        status("Đã giao quyết định");

        prime.click("caseForm:pay");
        prime.waitUntilShown("paymentDialog");
        assertThat(browser.text(By.id("paymentForm:balanceDue"))).contains("25.000.000");
        prime.type("paymentForm:receipt", "BL-" + id + "-1");
        prime.retype("paymentForm:amount_input", "10000000");
        prime.click("paymentForm:save");
        prime.waitUntilHidden("paymentDialog");
        browser.waitFor(ExpectedConditions.textToBe(By.id("caseForm:balance"), "15.000.000"));
        assertThat(browser.text(By.id("caseForm:status"))).isEqualTo("Đã giao quyết định");

        prime.click("caseForm:pay");
        prime.waitUntilShown("paymentDialog");
        prime.type("paymentForm:receipt", "BL-" + id + "-2");
        prime.click("paymentForm:save");
        status("Đã nộp đủ tiền phạt");
        assertThat(browser.text(By.id("caseForm:balance"))).isEqualTo("0");
        assertThat(browser.text(By.id("caseForm:payments")))
                .contains("BL-" + id + "-1")
                .contains("BL-" + id + "-2");

        step("CLOSE");
        prime.click("stepForm:save");
        status("Đã kết thúc");
        assertThat(browser.all(By.cssSelector("[id='caseForm:steps'] button")))
                .as("a closed case takes only a complaint, inside the complaint period after delivery")
                .singleElement()
                .satisfies(b -> assertThat(b.getAttribute("class")).contains("step-FILE_COMPLAINT"));
        assertThat(browser.text(By.id("caseForm:history")))
                .contains("Lập biên bản vi phạm")
                .contains("Ra quyết định xử phạt")
                .contains("Kết thúc hồ sơ")
                .contains("legal");

        browser.open("/legal/cases.xhtml");
        prime.type(
                "casesForm:violator",
                violator.toLowerCase().replace("ô", "o").replace("ả", "a").replace("í", "i"));
        prime.click("casesForm:search");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("casesForm:cases"), "Hồ sơ số " + id));
        assertThat(browser.text(By.id("casesForm:cases"))).contains("Đã kết thúc");
    }

    @Test
    void aLegalOfficerOpensACaseByHandAgainstAnEstablishmentAndLandsOnIt() {
        String violator = "Hộ kinh doanh Nguyễn Văn " + Unique.code("H");
        browser.signIn(DemoAccount.LEGAL);
        browser.open("/legal/cases.xhtml");
        prime.click("casesForm:openByHand");
        prime.waitUntilShown("openDialog");
        prime.click("openForm:confirmOpen");
        assertThat(browser.text(By.id("openForm:openMessages")))
                .as("a name is required")
                .isNotBlank();

        prime.type("openForm:establishment_input", "Karaoke");
        WebElement first = browser.waitFor(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='openForm:establishment_panel'] .ui-autocomplete-item")));
        String establishment = first.getAttribute("data-item-label");
        first.click();
        prime.waitForAjax();
        assertThat(browser.driver().findElement(By.id("openForm:name")).getAttribute("value"))
                .as("the violator's name starts as the establishment's")
                .isEqualTo(establishment);
        prime.type("openForm:name", violator);
        prime.type("openForm:reason", "Tin báo của người dân qua đường dây nóng");
        browser.clickAndWaitForNewPage(By.id("openForm:confirmOpen"));

        assertThat(browser.text(By.id("caseForm:status"))).isEqualTo("Mới mở");
        assertThat(browser.text(By.id("violator"))).contains(violator).contains("Tổ chức");
        assertThat(browser.text(By.id("caseForm:establishmentName")))
                .as("the establishment by name, not a link to the registry a legal officer may not open")
                .isEqualTo(establishment);
        assertThat(browser.all(By.id("caseForm:establishment"))).isEmpty();
        assertThat(browser.text(By.id("caseForm:history"))).contains("Tin báo của người dân qua đường dây nóng");
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
