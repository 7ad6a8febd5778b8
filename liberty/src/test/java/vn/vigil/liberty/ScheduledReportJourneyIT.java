package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import vn.vigil.core.testing.SmtpCatcher;

/**
 * The administrator schedules a monthly report in the browser (a day the month may not have is refused first, in
 * Vietnamese, and nothing is listed), sends it now to try it, and the test's mail catcher (where the test server sends
 * its mail) receives it with the figures as XLSX and PDF; the sending log says sent.
 */
class ScheduledReportJourneyIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private final Prime prime = new Prime(browser);
    private SmtpCatcher smtp;

    @BeforeEach
    void listen() {
        smtp = new SmtpCatcher(Integer.getInteger("vigil.test.smtp.port", 19025));
    }

    @AfterEach
    void stopListening() {
        smtp.close();
    }

    @Test
    void anAdministratorSchedulesAMonthlyReportAndTheMailCatcherReceivesIt() throws Exception {
        String username = Unique.username("vanphong");
        String address = username + "@dongnai.gov.vn";
        ReportSchedulesIT.staffMember(username, true);
        String name = "Số liệu tháng gửi Văn phòng " + Unique.code("BCD");

        browser.signIn(DemoAccount.ADMIN);
        browser.open("/admin/report-schedules.xhtml");
        prime.type("scheduleForm:name", name);
        prime.type("scheduleForm:dayOfMonth", "31");
        prime.type("scheduleForm:sendAt", "07:30");
        prime.click("scheduleForm:save");
        assertThat(prime.growl()).contains("Ngày gửi trong tháng phải từ 1 đến 28.");
        assertThat(browser.text(By.id("schedulesForm:schedules"))).doesNotContain(name);

        prime.type("scheduleForm:dayOfMonth", "3");
        prime.complete("scheduleForm:recipients", username, "Đỗ Thị Nhận Báo Cáo <" + address + ">");
        prime.click("scheduleForm:save");
        assertThat(prime.growl()).contains("Đã lập lịch gửi báo cáo \"" + name + "\".");

        int row = rowOf(name);
        assertThat(browser.text(By.xpath("//tbody[@id='schedulesForm:schedules_data']/tr[" + (row + 1) + "]")))
                .contains("Ngày 3 hằng tháng, lúc 07:30")
                .contains("XLSX, PDF")
                .contains("Đỗ Thị Nhận Báo Cáo");
        prime.click("schedulesForm:schedules:" + row + ":sendNow");
        assertThat(prime.growl()).anySatisfy(text -> assertThat(text).startsWith("Đang gửi \"" + name + "\""));

        MimeMessage mail = mailTo(address);
        assertThat(mail.getSubject()).startsWith(name + ": số liệu từ ngày 01/");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        List<String> files = new ArrayList<>();
        for (int i = 1; i < parts.getCount(); i++) {
            assertThat(parts.getBodyPart(i).getDisposition()).isEqualTo(Part.ATTACHMENT);
            files.add(parts.getBodyPart(i).getFileName());
        }
        assertThat(files).hasSize(2).allSatisfy(f -> assertThat(f).startsWith("vigil-"));
        assertThat(files.get(0)).endsWith(".xlsx");
        assertThat(files.get(1)).endsWith(".pdf");
        try (InputStream sheet = parts.getBodyPart(1).getInputStream();
                XSSFWorkbook book = new XSSFWorkbook(sheet)) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .contains(".");
        }
        try (InputStream pdf = parts.getBodyPart(2).getInputStream()) {
            assertThat(new String(pdf.readNBytes(5), java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        }

        browser.waitFor(d -> {
            prime.click("runsForm:refresh");
            return browser.text(By.id("runsForm:runs_data")).contains("Đã gửi");
        });
        JsonObject run = Vigil.json(Vigil.get(
                        "/api/v1/reports/schedules/" + scheduleId(name) + "/runs",
                        "Authorization",
                        DemoAccount.ADMIN.basicAuth()))
                .asJsonArray()
                .getJsonObject(0);
        assertThat(run.getString("status")).isEqualTo("SENT");
        assertThat(run.getInt("attempts")).isEqualTo(1);
        assertThat(run.getBoolean("manual")).isTrue();
    }

    /** The message the catcher received for this address (other tests' mail, if any, is passed over). */
    private MimeMessage mailTo(String address) throws Exception {
        Session session = Session.getInstance(new Properties());
        long end = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < end) {
            SmtpCatcher.Received received = smtp.poll(1);
            if (received != null && received.recipients().contains(address)) {
                return new MimeMessage(session, received.content());
            }
        }
        throw new AssertionError("no mail to " + address + " within 30 s");
    }

    private int rowOf(String name) {
        List<String> names = browser.all(By.cssSelector("[id='schedulesForm:schedules_data'] > tr")).stream()
                .map(tr -> tr.getText())
                .toList();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).contains(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " is not listed: " + names);
    }

    private static long scheduleId(String name) {
        return Vigil.json(Vigil.get("/api/v1/reports/schedules", "Authorization", DemoAccount.ADMIN.basicAuth()))
                .asJsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(s -> s.getString("name").equals(name))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }
}
