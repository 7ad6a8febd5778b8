package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Saving risk weights answers at once and leaves the recompute of every score to a background job. */
class RiskWeightsIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private final Prime prime = new Prime(browser);

    @Test
    void savingWeightsSaysTheRecomputeIsRunningAndTheServerThenRunsIt() {
        browser.signIn(DemoAccount.ADMIN);
        browser.open("/admin/business-lines.xhtml");

        prime.click("weightsForm:saveWeights");
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        prime.waitForAjax();

        browser.waitFor(d -> browser.text(By.tagName("body")).contains("đang tính lại điểm rủi ro"));
        Path log = Path.of(System.getProperty("vigil.log-dir"), "messages.log");
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(Files.readString(log, StandardCharsets.UTF_8))
                        .contains("Risk scores recomputed (weights adjusted by admin)"));
    }
}
