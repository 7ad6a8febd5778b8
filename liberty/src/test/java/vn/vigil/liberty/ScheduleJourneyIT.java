package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The team lead finds teams by a few letters of their name and forms a team with the people pickers (typed without
 * marks), then schedules a visit in the calendar's dialog (the team picked by its name), sees it on the calendar and
 * drags it to a later slot.
 */
class ScheduleJourneyIT {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @RegisterExtension
    final Browser browser = new Browser();

    private final Prime prime = new Prime(browser);

    @Test
    void teamLeadSchedulesAVisitSeesItOnTheCalendarAndMovesIt() {
        JsonObject establishment = eveningFreeEstablishment();
        String name = establishment.getString("name");
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(SHOWN);
        browser.signIn(DemoAccount.TEAM_LEAD);
        createsATeamWithThePeoplePickers();
        browser.open("/inspection/schedule.xhtml");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fc-timegrid")));

        prime.click("scheduleForm:newVisit");
        prime.waitUntilShown("visitForm:visitDialog");
        prime.complete("visitForm:establishment", name.substring(0, Math.min(name.length(), 12)), name);
        prime.complete("visitForm:team", "so 1", "Đoàn kiểm tra liên ngành số 1");
        // replace what the pickers hold: after 21:00 the proposed end (two hours after the next full hour) is tomorrow
        prime.retype("visitForm:start_input", today + " 19:00");
        prime.retype("visitForm:end_input", today + " 20:00");
        browser.driver().findElement(By.id("visitForm:visitDialog_title")).click();
        prime.click("visitForm:saveVisit");
        prime.waitUntilHidden("visitForm:visitDialog");
        assertThat(prime.growl()).anySatisfy(text -> assertThat(text).contains("Đã xếp lịch kiểm tra cơ sở " + name));

        By event = By.xpath("//a[contains(@class,'fc-event')][contains(.,\"" + name + "\")][contains(.,'19:00')]");
        WebElement shown = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(event));
        long id = visitAtSeven(establishment.getJsonNumber("id").longValue());

        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", shown);
        int slot = browser.driver()
                .findElement(By.cssSelector(".fc-timegrid-slot"))
                .getSize()
                .getHeight();
        new Actions(browser.driver())
                .clickAndHold(shown)
                .moveByOffset(0, 5)
                .moveByOffset(0, 2 * slot - 5)
                .release()
                .perform();
        prime.waitForAjax();
        browser.waitFor(d -> startOf(id).contains("T20:00"));

        By moved = By.xpath("//a[contains(@class,'fc-event')][contains(.,\"" + name + "\")][contains(.,'20:00')]");
        browser.waitFor(ExpectedConditions.elementToBeClickable(moved)).click();
        prime.waitForAjax();
        prime.waitUntilShown("detailsForm:detailsDialog");
        assertThat(browser.text(By.id("detailsForm:detailEstablishment"))).isEqualTo(name);
        prime.type("detailsForm:cancelReason", "Cơ sở tạm ngừng kinh doanh");
        prime.click("detailsForm:cancelVisit");
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        prime.waitForAjax();
        browser.waitFor(ExpectedConditions.textToBe(By.id("detailsForm:detailStatus"), "Đã hủy"));
    }

    /** An operating establishment; the demo data books nobody in the evening. */
    private static JsonObject eveningFreeEstablishment() {
        return Vigil.json(Vigil.get(
                        "/api/v1/establishments?status=OPERATING&size=60",
                        "Authorization",
                        DemoAccount.INSPECTOR.basicAuth()))
                .asJsonObject()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .get(50);
    }

    private static long visitAtSeven(long establishmentId) {
        HttpResponse<String> found = Vigil.get(
                "/api/v1/visits?establishmentId=" + establishmentId + "&status=SCHEDULED",
                "Authorization",
                DemoAccount.TEAM_LEAD.basicAuth());
        return Vigil.json(found).asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("start").contains("T19:00"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private static String startOf(long visitId) {
        return Vigil.json(Vigil.get("/api/v1/visits/" + visitId, "Authorization", DemoAccount.TEAM_LEAD.basicAuth()))
                .asJsonObject()
                .getString("start");
    }

    /** Teams are found by a few letters without marks; a new team's lead and members are picked by typing. */
    private void createsATeamWithThePeoplePickers() {
        browser.open("/inspection/teams.xhtml");
        prime.type("teamsForm:teamSearch", "lien nganh so 1");
        prime.click("teamsForm:searchTeams");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("teamsForm:teams"), "Đoàn kiểm tra liên ngành số 1"));
        assertThat(browser.all(By.cssSelector("[id='teamsForm:teams_data'] > tr")))
                .allSatisfy(row -> assertThat(row.getText()).contains("số 1"));

        String name = "Đoàn phối hợp " + Unique.username("d");
        prime.click("teamsForm:createTeam");
        prime.waitUntilShown("teamForm:teamDialog");
        prime.type("teamForm:teamName", name);
        prime.complete("teamForm:teamLead", "le thi h", "Lê Thị Hồng (Công an tỉnh)");
        prime.complete("teamForm:teamMembers", "tran thi thu", "Trần Thị Thu Hà (Sở Y tế)");
        prime.click("teamForm:saveTeam");
        prime.waitUntilHidden("teamForm:teamDialog");
        assertThat(prime.growl()).anySatisfy(text -> assertThat(text).contains(name));
    }
}
