package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The team lead records a visit with a photo and a finding demanding re-inspection, signs it off, prints the record,
 * and finds the overdue re-inspection on the follow-ups page.
 */
class VisitRecordJourneyIT {

    @RegisterExtension
    static final Browser browser = Browser.sharedByTheClass();

    private final Prime prime = new Prime(browser);

    @Test
    void aLegalOfficerReadsAVisitRecordButWritesNothingAndSeesNoOtherInspectionPage() {
        long visit = VisitRecords.scheduledVisit();
        HttpResponse<String> begun = Vigil.sendJson(
                "POST", "/api/v1/visits/" + visit + "/record", "", "Authorization", DemoAccount.TEAM_LEAD.basicAuth());
        assertThat(begun.statusCode()).as(begun.body()).isEqualTo(201);

        browser.signIn(DemoAccount.LEGAL);
        browser.open("/inspection/visit.xhtml?id=" + visit);
        assertThat(browser.text(By.id("recordForm:visitStatus"))).isEqualTo("Đang kiểm tra");
        assertThat(browser.all(By.id("recordForm:print"))).as("may print").hasSize(1);
        assertThat(browser.all(By.id("recordForm:save"))).as("no save").isEmpty();
        assertThat(browser.all(By.id("recordForm:upload"))).as("no upload").isEmpty();

        browser.open("/inspection/schedule.xhtml");
        assertThat(browser.text(By.tagName("body"))).contains("Không có quyền truy cập");
    }

    @Test
    void recordAVisitWithAPhotoSignItOffAndPrintIt() throws IOException {
        long visit = VisitRecords.scheduledVisit();
        browser.signIn(DemoAccount.TEAM_LEAD);
        browser.open("/inspection/visit.xhtml?id=" + visit);
        assertThat(browser.text(By.id("recordForm:visitStatus"))).isEqualTo("Đã lên lịch");

        prime.click("recordForm:begin");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("recordForm:save")));
        assertThat(browser.text(By.id("recordForm:visitStatus"))).isEqualTo("Đang kiểm tra");

        Path photo = Files.write(Files.createTempFile("mat-tien", ".png"), VisitRecords.png());
        browser.driver()
                .findElement(By.cssSelector("[id='recordForm:upload'] input[type=file]"))
                .sendKeys(photo.toString());
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("recordForm:evidenceList"), ".png"));
        assertThat(browser.text(By.id("recordForm:evidenceList"))).matches("(?s).*[0-9a-f]{64}.*");

        answerEveryItem();
        prime.click("recordForm:addPerson");
        prime.type("recordForm:people:0:fullName", "Trần Văn Chủ");
        String finding = "Biển hiệu chưa đúng quy định " + Unique.code("F");
        prime.click("recordForm:addFinding");
        prime.type("recordForm:findings:0:findingText", finding);
        prime.type("recordForm:findings:0:reinspectBy_input", "01/01/2000");
        closeDatePicker("recordForm:findings:0:reinspectBy");
        prime.choose("recordForm:outcome", "Không vi phạm");
        prime.click("recordForm:save");
        assertThat(browser.text(By.id("recordForm:messages"))).contains("Đã lưu biên bản.");

        prime.click("recordForm:signOff");
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        prime.waitForAjax();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("recordForm:visitStatus"), "Đã ký"));
        assertThat(browser.all(By.id("recordForm:save"))).isEmpty();
        assertThat(browser.text(By.id("recordForm:outcomeText"))).isEqualTo("Không vi phạm");

        String pdf = browser.driver().findElement(By.id("recordForm:print")).getAttribute("href");
        HttpResponse<byte[]> printed = printedWithSession(pdf);
        assertThat(printed.statusCode()).isEqualTo(200);
        assertThat(printed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(VisitRecordIT.text(printed.body()))
                .contains("BIÊN BẢN KIỂM TRA")
                .contains("Trần Văn Chủ");
    }

    /** Yes to every yes/no item, 1 for numbers, "Đạt" for texts, the uploaded photo for photo items. */
    private void answerEveryItem() {
        for (WebElement group : browser.all(By.cssSelector("[id$=':yesNo']"))) {
            group.findElement(By.cssSelector(".ui-radiobutton-box")).click();
        }
        for (WebElement number : browser.all(By.cssSelector("input[id$=':number_input']"))) {
            number.sendKeys("1");
        }
        for (WebElement text : browser.all(By.cssSelector("textarea[id$=':text']"))) {
            text.sendKeys("Đạt");
        }
        for (WebElement photos : browser.all(By.cssSelector("[id$=':photos']"))) {
            photos.findElement(By.cssSelector(".ui-chkbox-box")).click();
        }
    }

    private HttpResponse<byte[]> printedWithSession(String url) {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try {
            return Vigil.client()
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .header("Cookie", cookies)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Closes a p:datePicker's panel, which may still be opening (animated) when the first Escape arrives. */
    private void closeDatePicker(String id) {
        WebElement input = browser.driver().findElement(By.id(id + "_input"));
        browser.waitFor(d -> {
            input.sendKeys(Keys.ESCAPE);
            return d.findElements(By.id(id + "_panel")).stream().noneMatch(WebElement::isDisplayed);
        });
    }
}
