package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The export buttons in a real browser: XLSX on the registry, a progress bar, then the link to the file. */
class ExportJourneyIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theRegistryIsExportedToXlsxAndOfferedForDownload() {
        browser.signIn(DemoAccount.TEAM_LEAD);
        browser.open("/inspection/establishments.xhtml");
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.id("exportForm:exportXlsx")))
                .click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("exportForm:exportDownload")));
        assertThat(browser.text(By.id("exportForm:exportDownload"))).contains("Tải về", ".xlsx");

        JsonObject export = Vigil.json(Vigil.get("/api/v1/exports", "Authorization", DemoAccount.TEAM_LEAD.basicAuth()))
                .asJsonArray()
                .getJsonObject(0);
        assertThat(export.getString("list")).isEqualTo("establishments");
        assertThat(export.getString("state")).isEqualTo("READY");
        assertThat(Vigil.sendJson(
                                "DELETE",
                                "/api/v1/exports/" + export.getString("id"),
                                "",
                                "Authorization",
                                DemoAccount.TEAM_LEAD.basicAuth())
                        .statusCode())
                .isEqualTo(204);
    }
}
