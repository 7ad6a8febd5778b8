package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The legal officer's home page counts the overdue case, and the deadline board in Chromium shows it on top, flagged,
 * its deadline named.
 */
class ViolationDeadlineBoardIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void anOverdueRecordIsFlaggedAtTheTopOfTheBoard() {
        LocalDate longAgo = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(6);
        JsonObject c = ViolationCases.openedByHand(longAgo);

        browser.signIn(DemoAccount.LEGAL);
        String overdueTile = browser.text(By.cssSelector("[data-key='dashboard.casesOverdue'] .tile-value"));
        assertThat(Long.parseLong(overdueTile.replaceAll("\\D", "")))
                .as("overdue cases on the home page")
                .isPositive();
        assertThat(browser.text(By.cssSelector("[data-key='dashboard.casesOverdue']")))
                .contains("quá hạn");
        browser.open("/legal/deadlines.xhtml");

        assertThat(browser.text(By.tagName("h1"))).contains("Bảng theo dõi thời hạn");
        String firstRow = browser.text(By.cssSelector("tr.deadline-overdue"));
        assertThat(firstRow).contains("quá hạn").contains("lập biên bản");
        assertThat(browser.text(By.id("boardForm:board")))
                .contains(String.valueOf(c.getJsonNumber("id").longValue()));
    }
}
