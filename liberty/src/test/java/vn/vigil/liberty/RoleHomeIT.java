package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Each role signs in and finds its own dashboards and menus on the home page, and nobody else's. */
class RoleHomeIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @ParameterizedTest
    @EnumSource(DemoAccount.class)
    void showsTheDashboardsOfTheRolesHeld(DemoAccount account) {
        browser.signIn(account);

        assertThat(browser.all(By.cssSelector("section.dashboard")))
                .extracting(section -> section.getAttribute("id"))
                .containsExactlyInAnyOrderElementsOf(
                        account.roles.stream().map(role -> "dashboard-" + role).toList());
        for (String role : account.roles) {
            WebElement dashboard = browser.driver().findElement(By.id("dashboard-" + role));
            assertThat(dashboard.findElement(By.tagName("h2")).getText())
                    .as("the role's name as a heading")
                    .isNotBlank()
                    .doesNotStartWith("role.");
            assertThat(dashboard.findElements(By.className("tile")))
                    .as("tiles of %s", role)
                    .isNotEmpty()
                    .allSatisfy(tile -> {
                        // a number, or a victim count below the small-count threshold shown as "<5"
                        assertThat(tile.findElement(By.className("tile-value")).getText())
                                .matches("[\\d.,\\s]+|<\\d+");
                        assertThat(tile.findElement(By.className("tile-label")).getText())
                                .as("a translated label, not a bundle key")
                                .isNotBlank()
                                .doesNotStartWith("dashboard.");
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(DemoAccount.class)
    void offersOnlyTheMenusOfTheRolesHeld(DemoAccount account) {
        browser.signIn(account);

        for (String menu : DemoAccount.ROLE_MENUS) {
            boolean offered = !browser.all(byId(menu)).isEmpty()
                    && browser.all(byId(menu)).get(0).isDisplayed();
            assertThat(offered)
                    .as("menu %s offered to %s", menu, account.username)
                    .isEqualTo(account.menus.contains(menu));
        }
        assertThat(browser.text(byId("who"))).as("the signed-in person's name").isNotBlank();
    }

    @Test
    void greetsTheAdministratorInVietnamese() throws Exception {
        browser.signIn(DemoAccount.ADMIN);

        assertThat(browser.language()).isEqualTo("vi");
        assertThat(browser.text(By.id("welcome"))).contains("Xin chào").contains("Trần Quốc Huy");
        assertThat(browser.text(By.cssSelector("#dashboard-ADMIN h2"))).isEqualTo("Quản trị viên");
        assertThat(browser.text(By.cssSelector("#dashboard-ADMIN"))).contains("Xã, phường, đặc khu hiện hành");
        assertThat(browser.text(byId("menuAdmin"))).contains("Quản trị");

        Path screenshot = browser.screenshot("home-admin");
        assertThat(Files.size(screenshot)).isPositive();
    }

    /** Faces prefixes the ids of components inside a form with the form's id; plain HTML ids stay as written. */
    static By byId(String id) {
        return By.cssSelector("[id='" + id + "'], [id$=':" + id + "']");
    }
}
