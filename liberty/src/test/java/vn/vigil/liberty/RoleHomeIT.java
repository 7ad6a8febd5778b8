package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Each role signs in and finds its own dashboards and menus on the home page, and nobody else's. */
class RoleHomeIT {

    @RegisterExtension
    static final Browser browser = Browser.sharedByTheClass();

    /** The tiles of each role's desk, by bundle key. */
    static final Map<String, List<String>> DESK_TILES = Map.of(
            "ADMIN",
            List.of("activeUsers", "departments", "communesInForce", "holidaysThisYear"),
            "INSPECTOR",
            List.of(
                    "myVisitsToday",
                    "myVisitsThisWeek",
                    "followUpsOverdue",
                    "followUpsOpen",
                    "departmentVisitsThisYear",
                    "departmentVisitsOverdue"),
            "TEAM_LEAD",
            List.of("plansRunning", "plansUnannounced", "teamCasesWithDeadline", "followUpsOverdue"),
            "LEGAL_OFFICER",
            List.of("casesOverdue", "casesDueSoon", "casesRunning", "holidaysThisYear"),
            "CASE_WORKER",
            List.of("myOpenCases", "verificationsOverdue", "verificationsDueSoon", "casesReceivedThisMonth"),
            "FINANCE_OFFICER",
            List.of("requestsWaiting", "requestsToPay", "disbursedThisYear", "availableThisYear"),
            "COMMITTEE_VIEWER",
            List.of(
                    "establishments",
                    "establishmentsHighRisk",
                    "visitsDoneThisYear",
                    "casesThisYear",
                    "finesCollectedThisYear",
                    "victimsReceivedThisYear",
                    "outreachApprovedThisYear",
                    "outreachNotYetApproved",
                    "departments",
                    "provinces"));

    /** One sign-in per account: its desks (and nobody else's), then its menus (and nobody else's). */
    @ParameterizedTest
    @EnumSource(DemoAccount.class)
    void showsTheDesksAndMenusOfTheRolesHeld(DemoAccount account) throws IOException {
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
            List<WebElement> tiles = dashboard.findElements(By.className("tile"));
            assertThat(tiles)
                    .extracting(tile -> tile.getAttribute("data-key"))
                    .as("the desk of %s", role)
                    .containsExactlyElementsOf(DESK_TILES.get(role).stream()
                            .map(key -> "dashboard." + key)
                            .toList());
            assertThat(tiles).allSatisfy(tile -> {
                // a number, or a victim count below the small-count threshold shown as "<5"
                assertThat(tile.findElement(By.className("tile-value")).getText())
                        .matches("[\\d.,\\s]+|<\\d+");
                assertThat(tile.findElement(By.className("tile-label")).getText())
                        .as("a translated label, not a bundle key")
                        .isNotBlank()
                        .doesNotStartWith("dashboard.");
            });
            assertThat(dashboard.findElements(By.className("more-link")))
                    .as("the way from the desk to the fuller dashboard of %s", role)
                    .hasSize(1);
        }

        for (String menu : DemoAccount.ROLE_MENUS) {
            boolean offered = !browser.all(byId(menu)).isEmpty()
                    && browser.all(byId(menu)).get(0).isDisplayed();
            assertThat(offered)
                    .as("menu %s offered to %s", menu, account.username)
                    .isEqualTo(account.menus.contains(menu));
        }
        assertThat(browser.text(byId("who"))).as("the signed-in person's name").isNotBlank();
        theDemoDeskIsAlive(account);
    }

    /**
     * The demo province is alive on a first start, in Vietnamese: the administrator is greeted, the inspector has
     * visits today, the team lead sees his running plan's progress, the legal officer this year's cases by step,
     * finance requests waiting and each funding source's execution, the case worker her caseload.
     */
    private void theDemoDeskIsAlive(DemoAccount account) throws IOException {
        switch (account) {
            case ADMIN -> {
                assertThat(browser.language()).isEqualTo("vi");
                assertThat(browser.text(By.id("welcome"))).contains("Xin chào").contains("Trần Quốc Huy");
                assertThat(browser.text(By.cssSelector("#dashboard-ADMIN h2"))).isEqualTo("Quản trị viên");
                assertThat(browser.text(By.cssSelector("#dashboard-ADMIN"))).contains("Xã, phường, đặc khu hiện hành");
                assertThat(browser.text(byId("menuAdmin"))).contains("Quản trị");
                assertThat(Files.size(browser.screenshot("home-admin"))).isPositive();
            }
            case INSPECTOR -> {
                assertThat(tileValue("INSPECTOR", "myVisitsToday"))
                        .as("the demo data books both teams today")
                        .isPositive();
                List<WebElement> months = browser.all(By.cssSelector("#dashboard-INSPECTOR .bar-row"));
                assertThat(months)
                        .as("the department's months from January to this one")
                        .hasSize(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                                .getMonthValue());
                long signedOff = months.stream()
                        .mapToLong(bar -> Long.parseLong(bar.getAttribute("data-value")))
                        .sum();
                assertThat(signedOff)
                        .as("the months add up to the department's visits this year")
                        .isEqualTo(tileValue("INSPECTOR", "departmentVisitsThisYear"))
                        .isPositive();
            }
            case TEAM_LEAD -> {
                List<WebElement> plans = browser.all(By.cssSelector("#dashboard-TEAM_LEAD .bar-row"));
                assertThat(plans).as("running plans").isNotEmpty().allSatisfy(bar -> {
                    long value = Long.parseLong(bar.getAttribute("data-value"));
                    long target = Long.parseLong(bar.getAttribute("data-target"));
                    assertThat(target).isPositive();
                    assertThat(value).isBetween(0L, target);
                });
                assertThat(tileValue("TEAM_LEAD", "plansRunning")).isEqualTo(plans.size());
                browser.screenshot("home-teamlead");
            }
            case LEGAL -> {
                assertThat(tileValue("LEGAL_OFFICER", "casesRunning")).isPositive();
                List<WebElement> steps = browser.all(By.cssSelector("#dashboard-LEGAL_OFFICER .bar-row"));
                assertThat(steps).as("this year's cases by step").hasSizeGreaterThan(5);
                long all = Long.parseLong(steps.get(0).getAttribute("data-target"));
                assertThat(steps.stream()
                                .mapToLong(bar -> Long.parseLong(bar.getAttribute("data-value")))
                                .sum())
                        .as("the steps share out every case of the year")
                        .isEqualTo(all);
                assertThat(steps).allSatisfy(bar -> assertThat(bar.getText()).doesNotContain("cases.status."));
            }
            case CASE_WORKER -> {
                assertThat(tileValue("CASE_WORKER", "myOpenCases")).isPositive();
                assertThat(tileValue("CASE_WORKER", "verificationsOverdue")).isPositive();
            }
            case FINANCE -> {
                assertThat(tileValue("FINANCE_OFFICER", "requestsWaiting")).isPositive();
                assertThat(tileValue("FINANCE_OFFICER", "requestsToPay")).isPositive();
                assertThat(tileValue("FINANCE_OFFICER", "disbursedThisYear")).isPositive();
                assertThat(browser.all(By.cssSelector("#dashboard-FINANCE_OFFICER .bar-row")))
                        .as("one bar per funding source")
                        .hasSize(3);
                browser.screenshot("home-finance");
            }
            case COMMITTEE ->
                assertThat(tileValue("COMMITTEE_VIEWER", "visitsDoneThisYear")).isPositive();
        }
    }

    private long tileValue(String role, String key) {
        String text = browser.text(
                By.cssSelector("#dashboard-" + role + " .tile[data-key='dashboard." + key + "'] .tile-value"));
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    /** Faces prefixes the ids of components inside a form with the form's id; plain HTML ids stay as written. */
    static By byId(String id) {
        return By.cssSelector("[id='" + id + "'], [id$=':" + id + "']");
    }
}
