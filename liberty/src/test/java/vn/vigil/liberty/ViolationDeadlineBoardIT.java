package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The legal officer's deadline board in Chromium: an overdue case on top, flagged, its deadline named. */
class ViolationDeadlineBoardIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void anOverdueRecordIsFlaggedAtTheTopOfTheBoard() {
        LocalDate longAgo = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(6);
        HttpResponse<String> opened = Vigil.sendJson(
                "POST",
                "/api/v1/violation-cases",
                "{\"detectedOn\":\"" + longAgo + "\"}",
                "Authorization",
                Vigil.basic("legal", Vigil.PASSWORD));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonObject c = Vigil.json(opened).asJsonObject();

        browser.signIn(DemoAccount.LEGAL);
        browser.open("/legal/deadlines.xhtml");

        assertThat(browser.text(By.tagName("h1"))).contains("Bảng theo dõi thời hạn");
        String firstRow = browser.text(By.cssSelector("tr.deadline-overdue"));
        assertThat(firstRow).contains("quá hạn").contains("lập biên bản");
        assertThat(browser.text(By.id("boardForm:board")))
                .contains(String.valueOf(c.getJsonNumber("id").longValue()));
    }
}
