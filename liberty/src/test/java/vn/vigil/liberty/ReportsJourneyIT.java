package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A committee member in a real browser: the province overview opens from the menu with this year's figures, the peak
 * campaign shows the same numbers the REST API gives for 1 July–30 September, its tables and charts load after the
 * figures, the drill-down lists a province's communes with counts only, the XLSX holds the page's numbers, an issued
 * report's PDF opens, and a period that ends before it starts is explained in Vietnamese.
 */
class ReportsJourneyIT {

    @RegisterExtension
    static final Browser browser = Browser.sharedByTheClass();

    private final Prime prime = new Prime(browser);

    @Test
    void theCommitteeReadsThePeakCampaignDrillsDownToTheCommunesAndExports() throws Exception {
        browser.signIn(DemoAccount.COMMITTEE);
        browser.open("/reports/overview.xhtml");
        browser.waitFor(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[data-code='INS.VISITS_DONE']")));
        assertThat(browser.driver().findElement(By.id("asOf")).getText()).startsWith("Số liệu tính đến");

        prime.choose("overview:period", "Cao điểm (1/7–30/9)");
        prime.click("overview:show");
        int year =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        assertThat(browser.driver().findElement(By.id("overview:from_input")).getAttribute("value"))
                .isEqualTo("01/07/" + year);
        assertThat(browser.driver().findElement(By.id("overview:until_input")).getAttribute("value"))
                .isEqualTo("30/09/" + year);

        HttpResponse<String> api = Vigil.get(
                "/api/v1/reports/figures?from=" + year + "-07-01&until=" + year + "-09-30",
                "Authorization",
                DemoAccount.COMMITTEE.basicAuth());
        for (JsonValue v : Vigil.json(api).asJsonObject().getJsonArray("figures")) {
            JsonObject figure = v.asJsonObject();
            String shown = browser.driver()
                    .findElement(By.cssSelector("tr[data-code='" + figure.getString("code") + "'] td.value"))
                    .getText();
            assertThat(shown).as(figure.getString("code")).isEqualTo(figure.getString("shown"));
        }
        assertThat(browser.driver().findElement(By.id("overview:csv")).getAttribute("href"))
                .contains("format=csv&from=" + year + "-07-01&until=" + year + "-09-30");

        // the tables and charts behind the figures, then the drill-down to the communes and the export
        String province;
        try (java.sql.Connection c = Database.connect();
                java.sql.ResultSet r = c.createStatement()
                        .executeQuery(
                                "select name from core.administrative_unit where code = '75' and valid_to is null")) {
            r.next();
            province = r.getString(1);
        }
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#overview\\:monthChart canvas")));
        assertThat(browser.all(By.cssSelector("#planTable tr[data-plan='02/KH-BCĐ']")))
                .as("this year's peak campaign")
                .hasSize(1);
        assertThat(browser.all(By.cssSelector("#departmentTable tr[data-key]"))).isNotEmpty();
        assertThat(browser.all(By.cssSelector("#stepTable tr[data-key]"))).isNotEmpty();

        prime.choose("overview:province", province);
        prime.click("overview:show");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("overview:communes")));
        List<org.openqa.selenium.WebElement> rows = browser.all(By.cssSelector("#overview\\:communes_data tr"));
        assertThat(rows).as("a page of communes").hasSizeBetween(1, 50);
        for (org.openqa.selenium.WebElement row : rows) {
            assertThat(row.findElements(By.tagName("a")))
                    .as("counts only, no way to a person")
                    .isEmpty();
        }
        // the footer sums every commune (all pages): visits · cases · fines · victims
        String total = browser.text(By.cssSelector("#overview\\:communes span.total"));
        String communeVisits =
                total.substring(total.indexOf(':') + 1).split("·")[0].trim();
        String pageVisits = browser.text(By.cssSelector("tr[data-code='INS.VISITS_DONE'] td.value"));
        assertThat(communeVisits).isEqualTo(pageVisits);

        String href = browser.driver().findElement(By.id("overview:xlsx")).getAttribute("href");
        assertThat(href).contains("format=xlsx").contains("province=");
        HttpResponse<byte[]> xlsx = Vigil.send(
                Vigil.request(href.substring(href.indexOf("/api/")))
                        .header("Authorization", DemoAccount.COMMITTEE.basicAuth())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            int checked = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                String code = row.getCell(0).getStringCellValue();
                String shown = browser.text(By.cssSelector("tr[data-code='" + code + "'] td.value"));
                org.apache.poi.ss.usermodel.Cell value = row.getCell(2);
                String inFile = value.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? String.valueOf((long) value.getNumericCellValue())
                        : value.getStringCellValue();
                assertThat(inFile).as(code).isEqualTo(shown);
                checked++;
            }
            assertThat(checked).isGreaterThan(20);
        }
    }

    @Test
    void theCommitteeOpensAnIssuedReportsPdfFromThePeriodicReportsPage() {
        HttpResponse<String> drafted = Vigil.sendJson(
                "POST",
                "/api/v1/reports/periodic",
                "{\"kind\":\"PEAK\",\"year\":2026}",
                "Authorization",
                DemoAccount.ADMIN.basicAuth());
        JsonObject draft = Vigil.json(drafted).asJsonObject();
        long id = draft.getJsonNumber("id").longValue();
        HttpResponse<String> issued = Vigil.sendJson(
                "POST",
                "/api/v1/reports/periodic/" + id + "/issue?version="
                        + draft.getJsonNumber("version").longValue(),
                "{}",
                "Authorization",
                DemoAccount.ADMIN.basicAuth());
        String number = Vigil.json(issued).asJsonObject().getString("number");

        browser.signIn(DemoAccount.COMMITTEE);
        browser.open("/reports/periodic.xhtml");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("periodic:reports"), number));
        String href = browser.driver()
                .findElement(By.xpath("//tr[td[contains(., '" + number + "')]]//a[contains(@href, '/pdf')]"))
                .getAttribute("href");
        assertThat(href).endsWith("/api/v1/reports/periodic/" + id + "/pdf");
        browser.driver().get(href);
        // Chromium shows a PDF in its viewer: the document's address is the one the page linked to
        assertThat(browser.driver().getCurrentUrl()).endsWith("/pdf");
        HttpResponse<byte[]> pdf = Vigil.send(
                Vigil.request("/api/v1/reports/periodic/" + id + "/pdf")
                        .header("Authorization", DemoAccount.COMMITTEE.basicAuth())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsExplained() {
        browser.signIn(DemoAccount.COMMITTEE);
        browser.open("/reports/overview.xhtml");
        // the tables load after the page: let them arrive before typing, so no late update meets the typing
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("months")));
        prime.waitForAjax();
        prime.choose("overview:period", "Tùy chọn");
        // Tab leaves each date picker and closes its calendar, which would otherwise cover the next field; a day
        // the picker did not take is typed again
        for (String[] day :
                new String[][] {{"overview:from_input", "01/05/2026"}, {"overview:until_input", "01/02/2026"}}) {
            browser.waitFor(d -> {
                prime.retype(day[0], day[1] + Keys.TAB);
                return day[1].equals(d.findElement(By.id(day[0])).getAttribute("value"));
            });
        }
        prime.click("overview:show");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("overview:messages"), "ngày kết thúc 01/02/2026 trước ngày bắt đầu 01/05/2026"));
    }
}
