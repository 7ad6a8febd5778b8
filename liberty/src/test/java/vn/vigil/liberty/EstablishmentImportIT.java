package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Importing establishments from a CSV file in a real browser: the dry run refuses a bad file, a clean one goes in. */
class EstablishmentImportIT {

    private static final String HEADER = "name,business_line_code,registration_no,owner_name,legal_representative,"
            + "phone,address,commune_code,latitude,longitude,licence_valid_from,licence_valid_until";

    @RegisterExtension
    final Browser browser = new Browser();

    private final Prime prime = new Prime(browser);

    @TempDir
    Path dir;

    @Test
    void dryRunShowsTheBadRowThenACleanFileIsImported() throws IOException {
        String code = Unique.code("IMP");
        String name = "Karaoke Thử Nghiệm Nhập " + code;
        browser.signIn(DemoAccount.INSPECTOR);
        browser.open("/inspection/establishment-import.xhtml");

        upload(csv(
                "bad.csv",
                row("Karaoke Đúng " + code, Unique.code("GP"), "75-004"),
                row("Karaoke Sai Xã " + code, Unique.code("GP"), "99-999")));

        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("importForm:badRows")));
        List<String> bad = browser.all(By.cssSelector("[id='importForm:badRows_data'] > tr")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(bad)
                .singleElement()
                .satisfies(text -> assertThat(text)
                        .contains("3")
                        .contains("Không có xã, phường, đặc khu đang có hiệu lực với mã hoặc tên \"99-999\""));
        assertThat(browser.text(By.id("importForm"))).contains("Đã đọc 2 dòng.").contains("Có 1 dòng lỗi");
        assertThat(browser.driver().findElement(By.id("importForm:start")).isEnabled())
                .as("no import with a bad row")
                .isFalse();

        upload(csv("good.csv", row(name, Unique.code("GP"), "75-004")));

        browser.waitFor(d -> browser.text(By.id("importForm")).contains("Tất cả các dòng đều hợp lệ"));
        assertThat(browser.all(By.id("importForm:badRows"))).isEmpty();
        WebElement start = browser.driver().findElement(By.id("importForm:start"));
        assertThat(start.isEnabled()).isTrue();
        assertThat(start.getText()).contains("Nhập 1 cơ sở");
        start.click();
        browser.waitFor(d -> browser.text(By.id("importForm:messages")).contains("Đã nhập 1 cơ sở"));
        prime.waitForAjax();
        assertThat(browser.all(By.id("importForm:progress")))
                .as("the progress bar is gone")
                .isEmpty();

        HttpResponse<String> response = Vigil.get(
                "/api/v1/establishments?text=" + URLEncoder.encode(unaccented(name), StandardCharsets.UTF_8),
                "Authorization",
                DemoAccount.INSPECTOR.basicAuth());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> found =
                Vigil.json(response).asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .map(item -> item.getString("name"))
                        .toList();
        assertThat(found).containsExactly(name);
    }

    private void upload(Path file) {
        WebElement input = browser.driver().findElement(By.id("importForm:file_input"));
        input.sendKeys(file.toAbsolutePath().toString());
        prime.waitForAjax();
    }

    private static String row(String name, String registration, String commune) {
        return String.join(
                ",",
                "\"" + name + "\"",
                "KARAOKE",
                registration,
                "Nguyễn Văn Chủ",
                "Nguyễn Văn Chủ",
                "0901234567",
                "\"12 Đường Thử, Khu phố 1\"",
                commune,
                "10.7769",
                "106.7009",
                "01/01/2026",
                "31/12/2027");
    }

    private Path csv(String fileName, String... rows) throws IOException {
        Path file = dir.resolve(fileName);
        Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static String unaccented(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
    }
}
