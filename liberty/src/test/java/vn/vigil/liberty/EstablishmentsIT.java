package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The registry of establishments in a real browser: filtering, and who may open it. */
class EstablishmentsIT {

    private static final String KARAOKE = "Kinh doanh karaoke";
    private static final String TABLE = "registryForm:establishments";

    @RegisterExtension
    static final Browser browser = Browser.sharedByTheClass();

    private final Prime prime = new Prime(browser);

    @Test
    void filtersByBusinessLineAndByTextWithoutDiacritics() throws java.sql.SQLException {
        // a karaoke's brand from the demo data ("Karaoke Hoàng Gia" → "Hoàng Gia"), typed without diacritics
        String brand = registryNames("businessLineId=" + karaokeLineId()).get(0).replaceFirst("^Karaoke ", "");
        String typed = unaccented(brand);
        assertThat(typed).as("the brand has diacritics to ignore").isNotEqualTo(brand.toLowerCase(Locale.ROOT));
        List<String> expected = registryNames("businessLineId=" + karaokeLineId() + "&text="
                + java.net.URLEncoder.encode(typed, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(expected).as("the demo data has a karaoke named " + brand).isNotEmpty();
        browser.signIn(DemoAccount.INSPECTOR);
        browser.open("/inspection/establishments.xhtml");
        int everything = browser.waitFor(d -> names().size() > 1 ? names().size() : null);
        prime.choose(TABLE + ":businessLine", KARAOKE);
        browser.waitFor(d -> businessLines().stream().allMatch(KARAOKE::equals));
        assertThat(businessLines()).isNotEmpty();
        prime.type(TABLE + ":text", typed);
        prime.click(TABLE + ":search");
        browser.waitFor(d -> names().size() == expected.size());

        assertThat(names())
                .containsExactlyInAnyOrderElementsOf(expected)
                .allSatisfy(name -> assertThat(name).containsIgnoringCase(brand));
        assertThat(businessLines()).containsOnly(KARAOKE);
        assertThat(expected.size()).isLessThan(everything);

        // the commune picker: a few letters without marks, a page of suggestions labelled with their province
        // (the karaoke filter stays: the commune is one of a karaoke's)
        prime.retype(TABLE + ":text", "");
        String[] commune = karaokeCommune();
        prime.complete(
                TABLE + ":commune",
                unaccented(commune[0]).replaceFirst("^(phuong|xa) ", ""),
                commune[0] + " (" + commune[1] + ")");
        browser.waitFor(d -> !communes().isEmpty() && communes().stream().allMatch(commune[0]::equals));
    }

    /** The name of the commune of a karaoke of the demo data, and of its province. */
    private static String[] karaokeCommune() throws java.sql.SQLException {
        try (java.sql.Connection c = Database.connect();
                java.sql.ResultSet r = c.createStatement().executeQuery("""
                        select u.name, p.name from inspection.establishment e
                          join core.administrative_unit u on u.id = e.commune_id
                          join core.administrative_unit p on p.id = u.parent_id
                         where e.business_line_id = (select id from inspection.business_line where code = 'KARAOKE')
                           and u.valid_to is null
                         order by e.id limit 1""")) {
            r.next();
            return new String[] {r.getString(1), r.getString(2)};
        }
    }

    private List<String> communes() {
        return browser.all(By.cssSelector("[id='" + TABLE + "_data'] > tr > td:nth-child(3)")).stream()
                .map(cell -> cell.getText().replaceFirst("^.*\\n", "").strip())
                .toList();
    }

    @Test
    void isClosedToTheCommitteeViewer() {
        browser.signIn(DemoAccount.COMMITTEE);

        browser.open("/inspection/establishments.xhtml");

        assertThat(browser.text(By.tagName("body"))).contains("Không có quyền truy cập");
        assertThat(browser.all(By.id(TABLE))).as("no registry shown").isEmpty();
    }

    private static String unaccented(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
    }

    private List<String> names() {
        return browser.all(By.cssSelector("[id='" + TABLE + "_data'] > tr .name")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private List<String> businessLines() {
        return browser.all(By.cssSelector("[id='" + TABLE + "_data'] > tr > td:nth-child(2)")).stream()
                .map(cell -> cell.getText().replaceFirst("^.*\\n", "").strip())
                .toList();
    }

    private static long karaokeLineId() {
        return registry("size=200").stream()
                .filter(row -> row.getString("businessLineVi").equals(KARAOKE))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("businessLineId")
                .longValue();
    }

    private static List<String> registryNames(String query) {
        return registry(query).stream().map(row -> row.getString("name")).toList();
    }

    private static List<JsonObject> registry(String query) {
        HttpResponse<String> response =
                Vigil.get("/api/v1/establishments?" + query, "Authorization", DemoAccount.INSPECTOR.basicAuth());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Vigil.json(response).asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class);
    }
}
