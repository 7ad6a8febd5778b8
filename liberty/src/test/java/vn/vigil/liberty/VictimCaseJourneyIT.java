package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The case worker receives a victim with consent, finds the case in the caseload with the name hidden, reveals the
 * identity for a stated purpose; the administrator then finds that read in the identity-read log, and sees the open
 * cases (never a name) on the assignment page.
 */
class VictimCaseJourneyIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private final Prime prime = new Prime(browser);

    private static final String ONE_PIXEL_PNG =
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    /** A one-pixel PNG on disk, for the file input. */
    private static Path photo() {
        try {
            Path file = Files.createTempFile("victim-photo", ".png");
            Files.write(file, Base64.getDecoder().decode(ONE_PIXEL_PNG));
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void caseWorkerReceivesAVictimAndRevealsTheIdentityWhichTheAdministratorSeesInTheLog() {
        String name = "Hoàng Thị Nga " + UUID.randomUUID().toString().substring(0, 5);
        browser.signIn(DemoAccount.CASE_WORKER);
        browser.open("/victim/receive.xhtml");
        prime.type("receiveForm:receivedPlace", "Trụ sở UBND xã Tân Thành");
        prime.type("receiveForm:receivedBy", "Công an xã Tân Thành");
        prime.complete("receiveForm:receivedUnit", "long binh", "Phường Long Bình (Tỉnh Đồng Nai)");
        prime.type("receiveForm:birthYear_input", "2002");
        prime.choose("receiveForm:sex", "Nữ");
        browser.driver()
                .findElement(By.cssSelector("[id='receiveForm:consent'] .ui-chkbox-box"))
                .click();
        prime.waitForAjax();
        prime.type("receiveForm:fullName", name);
        prime.type("receiveForm:phone", "0912 000 111");
        browser.clickAndWaitForNewPage(By.id("receiveForm:save"));

        String code = browser.text(By.id("caseForm:caseCode"));
        assertThat(code).matches("NN-\\d{4}-\\d{4}");
        assertThat(browser.driver().getPageSource()).doesNotContain(name);
        browser.driver().findElement(By.id("caseForm:photo_input")).sendKeys(photo().toString());
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("caseForm:messages"), "Đã lưu ảnh"));

        browser.open("/victim/cases.xhtml");
        assertThat(browser.text(By.id("caseloadForm:cases"))).contains(code).doesNotContain(name);
        browser.clickAndWaitForNewPage(By.linkText(code));

        prime.click("caseForm:showIdentity");
        prime.waitUntilShown("caseForm:revealDialog");
        prime.choose("caseForm:purpose", "Liên hệ với người được hỗ trợ");
        prime.click("caseForm:confirmReveal");
        browser.waitFor(ExpectedConditions.textToBe(By.id("caseForm:revealedName"), name));
        assertThat(browser.all(By.cssSelector("img.victim-photo"))).hasSize(1);

        browser.driver().manage().deleteAllCookies();
        browser.signIn(DemoAccount.ADMIN);
        browser.open("/admin/identity-reads.xhtml");
        prime.type("readsForm:reads:caseCode", code);
        prime.click("readsForm:reads:search");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("readsForm:reads"), "Liên hệ với người được hỗ trợ"));
        assertThat(browser.text(By.id("readsForm:reads")))
                .contains(code)
                .contains("caseworker")
                .doesNotContain(name);
    }
}
