package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The directives in a real browser, in Vietnamese: the standing office records a letter with two tasks and sends it;
 * the Department of Health's focal point answers its task with a figure; a commune's focal point logs outreach, which
 * the Department of Culture reviews and the standing office approves; and the committee sees the commune's missing
 * report as late.
 */
class DirectivesJourneyIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @RegisterExtension
    final Browser browser = new Browser();

    private final Prime prime = new Prime(browser);

    @Test
    void aDirectiveIsAnsweredOutreachIsApprovedTwiceAndTheCommitteeSeesTheMissingReport() {
        String symbol = (System.nanoTime() % 1_000_000) + "/BCĐ";
        String healthTask = "Báo cáo hỗ trợ nạn nhân theo " + symbol;

        // the standing office records the letter, its two tasks, and sends it
        signIn("vanphong");
        browser.open("/directives/directive.xhtml");
        prime.type("headingForm:symbol", symbol);
        date("headingForm:issuedOn_input", DAY.format(TODAY.minusDays(20)));
        prime.type("headingForm:signer", "Phó Trưởng Ban Thường trực");
        prime.type("headingForm:subject", "Triển khai đợt cao điểm phòng, chống mua bán người");
        date("headingForm:inForceFrom_input", DAY.format(TODAY.minusDays(20)));
        browser.clickAndWaitForNewPage(By.id("headingForm:saveHeading"));
        browser.waitFor(ExpectedConditions.urlContains("id="));

        prime.type("tasksForm:taskText", healthTask);
        prime.complete("tasksForm:lead", "y te", "Sở Y tế");
        date("tasksForm:dueOn_input", DAY.format(TODAY.plusDays(10)));
        tickIndicator("VIC.RECEIVED");
        prime.click("tasksForm:addTask");
        assertThat(browser.text(By.id("tasksForm:tasks:0:text"))).isEqualTo(healthTask);

        prime.type("tasksForm:taskText", "Tuyên truyền tại cơ sở theo " + symbol);
        prime.complete("tasksForm:lead", "van hoa", "Sở Văn hóa, Thể thao và Du lịch");
        prime.complete("tasksForm:coordinating", "tran bien", "UBND phường Trấn Biên");
        date("tasksForm:dueOn_input", DAY.format(TODAY.minusDays(1)));
        prime.click("tasksForm:addTask");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("tasksForm:tasks:1:text")));

        prime.click("sendForm:send");
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        prime.waitForAjax();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("sendForm:units")));
        String directivePage = browser.driver().getCurrentUrl();

        // the Department of Health answers its task with a figure
        signIn("daumoi.syt");
        browser.open("/directives/inbox.xhtml");
        browser.clickAndWaitForNewPage(By.linkText(healthTask));
        prime.click("taskForm:acknowledge");
        prime.click("taskForm:occurrences:0:openReport");
        prime.type("reportForm:text", "Đã tiếp nhận, hỗ trợ 2 nạn nhân");
        prime.retype("reportForm:figures:0:figure_input", "2");
        prime.click("reportForm:save");
        prime.click("reportForm:submit");
        assertThat(browser.text(By.id("reportForm:state"))).isEqualTo("Chờ Văn phòng thường trực phê duyệt");

        // a commune logs outreach and sends it up
        signIn("daumoi.tranbien");
        browser.open("/directives/outreach.xhtml");
        date("logForm:heldOn_input", DAY.format(TODAY));
        prime.tick("logForm:audiences", "WOMEN");
        prime.type("logForm:communes_input", "tran bien");
        browser.waitFor(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("[id='logForm:communes_panel'] .ui-autocomplete-item")))
                .click();
        prime.waitForAjax();
        prime.type("logForm:participants", "-3");
        prime.click("logForm:log");
        assertThat(String.join(" ", prime.growl())).contains("không được âm");
        prime.type("logForm:participants", "150");
        prime.click("logForm:log");
        prime.click("listForm:activities:0:submit");
        assertThat(browser.text(By.id("listForm:activities:0:state"))).isEqualTo("Chờ sở, ngành thẩm định");

        // the Department of Culture reviews it, the standing office approves it
        signIn("daumoi.svh");
        takeStep("UBND phường Trấn Biên", "detailForm:review");
        signIn("vanphong");
        takeStep("UBND phường Trấn Biên", "detailForm:approve");
        browser.open("/directives/outreach.xhtml");
        assertThat(browser.text(By.id("listForm:activities:0:state"))).isEqualTo("Đã phê duyệt");

        // the committee sees the commune's report on the task due yesterday as late
        browser.driver().manage().deleteAllCookies();
        browser.signIn(DemoAccount.COMMITTEE);
        browser.driver().get(directivePage);
        List<WebElement> rows = browser.all(By.cssSelector("[id='sendForm:units_data'] tr"));
        WebElement commune = rows.stream()
                .filter(r -> r.getText().contains("UBND phường Trấn Biên"))
                .findFirst()
                .orElseThrow();
        assertThat(commune.getAttribute("class")).contains("row-late");
        assertThat(commune.findElement(By.cssSelector("[id$=':missing']")).getText())
                .isEqualTo("1");
        assertThat(browser.all(By.id("tasksForm:newTask")))
                .as("the committee only reads")
                .isEmpty();
    }

    /** Types a date into a date picker (its calendar opens only from its button). */
    private void date(String inputId, String value) {
        prime.retype(inputId, value);
    }

    private void signIn(String username) {
        browser.driver().manage().deleteAllCookies();
        browser.submitLogin(username, Vigil.PASSWORD);
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
    }

    private void tickIndicator(String code) {
        prime.click("tasksForm:indicators");
        browser.waitFor(ExpectedConditions.elementToBeClickable(
                        By.xpath("//*[@id='tasksForm:indicators_panel']//li[.//label[text()='" + code
                                + "']]//div[contains(@class,'ui-chkbox-box')]")))
                .click();
        browser.driver().findElement(By.id("tasksForm:taskText")).sendKeys(Keys.ESCAPE);
        prime.waitForAjax();
    }

    /** Opens the approvals page, shows the unit's waiting outreach, and takes the step. */
    private void takeStep(String unit, String button) {
        browser.open("/directives/approvals.xhtml");
        List<WebElement> units = browser.all(By.cssSelector("[id^='approvalsForm:waiting:'][id$=':unit']"));
        WebElement row = units.stream()
                .filter(u -> u.getText().equals(unit))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("nothing of " + unit + " waits"));
        prime.click(row.getAttribute("id").replace(":unit", ":show"));
        assertThat(browser.text(By.id("participants"))).isEqualTo("150");
        prime.click(button);
        assertThat(prime.growl()).isNotEmpty();
    }
}
