package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An inspection plan in a real browser: the team lead drafts and approves it; an inspector may not approve. */
class InspectionPlanIT {

    private static final String KARAOKE = "Kinh doanh karaoke";

    @RegisterExtension
    static final Browser browser = Browser.sharedByTheClass();

    private final Prime prime = new Prime(browser);

    @Test
    void teamLeadDraftsAndApprovesAPlanThatAnInspectorMayNotApprove() {
        String number = ThreadLocalRandom.current().nextInt(1000, 1_000_000) + "/KH-BCĐ";
        browser.signIn(DemoAccount.TEAM_LEAD);
        browser.open("/inspection/plans.xhtml");
        browser.clickAndWaitForNewPage(By.id("newPlan"));
        assertThat(browser.driver().getCurrentUrl()).contains("/inspection/plan.xhtml");

        prime.type("planForm:number", number);
        prime.type("planForm:title", "Kế hoạch kiểm tra các cơ sở karaoke " + number);
        prime.type("planForm:approverName", "Trần Văn Duyệt");
        prime.type("planForm:approverPosition", "Phó Chủ tịch UBND");
        prime.type("planForm:periodFrom_input", "01/01/2026");
        prime.type("planForm:periodUntil_input", "31/12/2026");
        chooseLine(KARAOKE);
        number("planForm:minRisk_input", "0");
        number("planForm:coverageTarget_input", "50");

        browser.clickAndWaitForNewPage(By.id("planForm:save"));
        browser.waitFor(ExpectedConditions.urlContains("id="));
        String id = browser.driver().getCurrentUrl().replaceFirst("^.*[?&]id=(\\d+).*$", "$1");
        assertThat(browser.driver().findElement(By.id("planForm:number")).getAttribute("value"))
                .isEqualTo(number);
        assertThat(browser.text(By.tagName("body"))).contains("Dự thảo");
        assertThat(browser.all(By.id("planForm:progressPanel"))).isEmpty();

        prime.click("planForm:approve");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        prime.waitForAjax();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("planForm:progressPanel")));
        assertThat(browser.text(By.id("planForm:messages"))).contains("Đã phê duyệt kế hoạch " + number);
        assertThat(browser.text(By.id("planForm:progressPanel")))
                .contains("Đã kiểm tra")
                .contains("chỉ tiêu 50 %");
        assertThat(browser.all(By.id("planForm:coverage"))).as("a progress bar").hasSize(1);
        assertThat(browser.all(By.id("planForm:approve"))).isEmpty();

        browser.open("/inspection/plan.xhtml?id=" + id);
        assertThat(browser.text(By.cssSelector("p.intro"))).contains("Đã phê duyệt");

        HttpResponse<String> refused = Vigil.sendJson(
                "POST",
                "/api/v1/inspection-plans/" + id + "/approval?version=0",
                "{\"approvedOn\":\"2026-01-01\"}",
                "Authorization",
                DemoAccount.INSPECTOR.basicAuth());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    }

    @Test
    void teamLeadChoosesTargetEstablishmentsOneByOneAndApprovesThem() {
        jakarta.json.JsonObject target = establishments().get(3);
        String name = target.getString("name");
        String address = target.getString("address");
        String number = ThreadLocalRandom.current().nextInt(1000, 1_000_000) + "/KH-ĐX";
        browser.signIn(DemoAccount.TEAM_LEAD);
        browser.open("/inspection/plan.xhtml");
        prime.type("planForm:number", number);
        prime.type("planForm:title", "Kiểm tra đột xuất cơ sở có tin báo " + number);
        prime.type("planForm:approverName", "Trần Văn Duyệt");
        prime.type("planForm:approverPosition", "Phó Chủ tịch UBND");
        prime.type("planForm:periodFrom_input", "01/01/2026");
        prime.type("planForm:periodUntil_input", "31/12/2026");
        number("planForm:coverageTarget_input", "100");
        chooseLine(target.getString("businessLineVi"));

        browser.waitFor(ExpectedConditions.elementToBeClickable(
                        By.xpath("//*[@id='planForm:selection']//label[contains(., 'được chọn cụ thể')]")))
                .click();
        prime.waitForAjax();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("planForm:chosenTable")));
        assertThat(browser.text(By.id("planForm:chosenTable"))).contains("Chưa chọn cơ sở nào");
        pick(name, address);
        assertThat(browser.text(By.id("planForm:chosenTable"))).contains(name).contains(address);
        assertThat(browser.text(By.id("planForm:chosenTargets"))).contains("Đã chọn 1 cơ sở.");

        browser.clickAndWaitForNewPage(By.id("planForm:save"));
        browser.waitFor(ExpectedConditions.urlContains("id="));
        assertThat(browser.text(By.id("planForm:chosenTable")))
                .as("kept after saving")
                .contains(name);

        prime.click("planForm:approve");
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        prime.waitForAjax();
        assertThat(browser.text(By.id("planForm:messages")))
                .contains("Đã phê duyệt kế hoạch " + number)
                .contains("với 1 cơ sở");
        assertThat(browser.all(By.id("planForm:pick_input")))
                .as("no picker once approved")
                .isEmpty();
    }

    @Test
    void anInspectorSeesNoApproveButtonOnADraft() {
        String number = ThreadLocalRandom.current().nextInt(1000, 1_000_000) + "/KH-BCĐ";
        String body = "{\"number\":\"" + number + "\",\"title\":\"Kế hoạch dự thảo " + number + "\","
                + "\"campaign\":\"ROUTINE\",\"approverName\":\"Trần Văn Duyệt\",\"approverPosition\":\"Phó Chủ tịch\","
                + "\"periodFrom\":\"2026-01-01\",\"periodUntil\":\"2026-12-31\",\"communeIds\":[],"
                + "\"businessLineIds\":[" + karaokeLineId() + "],\"targetSelection\":\"BY_RISK\",\"minRisk\":0,"
                + "\"establishmentIds\":[],\"coverageTargetPercent\":50,\"minUnannouncedVisits\":0}";
        HttpResponse<String> drafted = Vigil.sendJson(
                "POST", "/api/v1/inspection-plans", body, "Authorization", DemoAccount.TEAM_LEAD.basicAuth());
        assertThat(drafted.statusCode()).as(drafted.body()).isBetween(200, 201);
        long id = Vigil.json(drafted).asJsonObject().getJsonNumber("id").longValue();

        browser.signIn(DemoAccount.INSPECTOR);
        browser.open("/inspection/plan.xhtml?id=" + id);

        assertThat(browser.text(By.tagName("body"))).contains(number).contains("Dự thảo");
        assertThat(browser.all(By.id("planForm:approve")))
                .as("no approve button")
                .isEmpty();
        assertThat(browser.all(By.id("planForm:save"))).as("no save button").isEmpty();
    }

    /** Types part of a name in the establishment picker and chooses the suggestion with that name and address. */
    private void pick(String name, String address) {
        prime.type("planForm:pick_input", name);
        By suggestion = By.xpath("//li[contains(@class,'ui-autocomplete-item')][contains(., \"" + name
                + "\")][contains(., \"" + address + "\")]");
        browser.waitFor(ExpectedConditions.elementToBeClickable(suggestion)).click();
        prime.waitForAjax();
    }

    private static java.util.List<jakarta.json.JsonObject> establishments() {
        HttpResponse<String> response = Vigil.get(
                "/api/v1/establishments?size=200&status=OPERATING", "Authorization", DemoAccount.INSPECTOR.basicAuth());
        return Vigil.json(response).asJsonObject().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class);
    }

    private static long karaokeLineId() {
        return establishments().stream()
                .filter(row -> row.getString("businessLineVi").equals(KARAOKE))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("businessLineId")
                .longValue();
    }

    /** Ticks one business line in the p:selectCheckboxMenu and closes its panel. */
    private void chooseLine(String label) {
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("planForm:lines")))
                .click();
        By box = By.xpath("//div[@id='planForm:lines_panel']//li[.//label[normalize-space()='" + label
                + "']]//div[contains(@class,'ui-chkbox-box')]");
        browser.waitFor(ExpectedConditions.elementToBeClickable(box)).click();
        browser.driver()
                .findElement(By.cssSelector("[id='planForm:lines_panel'] .ui-selectcheckboxmenu-close"))
                .click();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("planForm:lines_panel")));
        assertThat(browser.text(By.id("planForm:lines"))).contains(label);
    }

    /** Replaces the number in a p:inputNumber. */
    private void number(String inputId, String value) {
        WebElement input = browser.waitFor(ExpectedConditions.elementToBeClickable(By.id(inputId)));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
        input.sendKeys(Keys.TAB);
    }
}
