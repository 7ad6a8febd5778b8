package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vigil.liberty.Problems.assertProblem;
import static vn.vigil.liberty.Problems.detail;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The REST lists page by number or by cursor: following {@code next} gives the rows that page numbers give, a
 * cursor that is garbled, of other filters or given with a page is refused with a problem in the caller's language,
 * and the province and short-term filters answer.
 */
class ListPagingIT {

    private static final String INSPECTOR = DemoAccount.INSPECTOR.basicAuth();
    private static final String LEGAL = DemoAccount.LEGAL.basicAuth();

    @Test
    void followingNextGivesTheRowsOfThePageNumbers() {
        for (String list : List.of(
                "/api/v1/establishments?size=7",
                "/api/v1/establishments?size=9&provinceId=" + AdminData.provinceId(),
                "/api/v1/visits?size=8")) {
            List<Long> byCursor = byCursor(list, INSPECTOR);
            assertThat(byCursor).as(list).hasSizeGreaterThan(10).doesNotHaveDuplicates();
            assertThat(byPage(list, INSPECTOR)).as(list).isEqualTo(byCursor);
        }
        for (int i = 0; i < 12; i++) {
            // cases opened by hand on few days, so some share a detection day; demo data may have none
            ViolationCases.openedByHand(java.time.LocalDate.now().minusDays(i % 3));
        }
        for (String list : List.of(
                "/api/v1/violation-cases/search?size=5", "/api/v1/violation-cases/search?size=6&order=DETECTED")) {
            List<Long> byCursor = byCursor(list, LEGAL);
            assertThat(byCursor).as(list).hasSizeGreaterThan(5);
            assertThat(byPage(list, LEGAL)).as(list).isEqualTo(byCursor);
        }
    }

    @Test
    void aPageCarriesItsTotalAndTheCursorOfTheNext() {
        JsonObject first = page("/api/v1/establishments?size=5", INSPECTOR);

        assertThat(first.getInt("page")).isZero();
        assertThat(first.getBoolean("totalExact"))
                .as("the demo registry is short enough to count")
                .isTrue();
        assertThat(first.getJsonNumber("total").longValue()).isGreaterThan(5);
        JsonObject second = page("/api/v1/establishments?size=5&cursor=" + first.getString("next"), INSPECTOR);
        assertThat(second.getInt("page")).isEqualTo(1);
        assertThat(second.getJsonNumber("total").longValue())
                .isEqualTo(first.getJsonNumber("total").longValue());
    }

    @Test
    void aGarbledCursorIsA400ProblemInTheCallersLanguage() {
        String next = page("/api/v1/establishments?size=2", INSPECTOR).getString("next");

        HttpResponse<String> garbled = Vigil.get(
                "/api/v1/establishments?size=2&cursor=" + next.substring(0, next.length() - 3) + "xyz",
                "Authorization",
                INSPECTOR);
        assertProblem(garbled, 400);
        assertThat(detail(garbled)).contains("Con trỏ trang");

        HttpResponse<String> english = Vigil.get(
                "/api/v1/establishments?size=2&cursor=%21%21not-a-cursor",
                "Authorization", INSPECTOR, "Accept-Language", "en");
        assertProblem(english, 400);
        assertThat(detail(english)).contains("page cursor");

        // a cursor of the establishments given to the visits, or to other filters
        assertProblem(Vigil.get("/api/v1/visits?cursor=" + next, "Authorization", INSPECTOR), 400);
        assertProblem(
                Vigil.get("/api/v1/establishments?size=2&text=karaoke&cursor=" + next, "Authorization", INSPECTOR),
                400);
        HttpResponse<String> both =
                Vigil.get("/api/v1/establishments?page=1&cursor=" + next, "Authorization", INSPECTOR);
        assertProblem(both, 400);
        assertThat(detail(both)).contains("page").contains("cursor");
    }

    @Test
    void aProvinceFilterNeedsAProvince() {
        long commune = page("/api/v1/establishments?size=1", INSPECTOR)
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("communeId")
                .longValue();

        HttpResponse<String> response = Vigil.get("/api/v1/visits?provinceId=" + commune, "Authorization", INSPECTOR);
        assertProblem(response, 400);
        assertThat(detail(response)).contains("tỉnh");
        assertThat(page("/api/v1/establishments?size=200&provinceId=" + AdminData.provinceId(), INSPECTOR)
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class))
                .extracting(row -> row.getJsonNumber("communeId").longValue())
                .contains(commune);
    }

    @Test
    void twoLettersFindTheEstablishmentsWithAWordStartingWithThem() {
        List<JsonObject> rows = page("/api/v1/establishments?size=200&text=ng", INSPECTOR)
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);

        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            String searched =
                    fold(row.getString("name") + " " + row.getString("ownerName", "") + " " + row.getString("address"));
            assertThat(searched).as(searched).matches("(?s)(^|.*\\s)ng.*");
        });
    }

    private static List<Long> byCursor(String list, String auth) {
        List<Long> ids = new ArrayList<>();
        JsonObject page = page(list, auth);
        ids.addAll(ids(page));
        for (int pages = 1; page.containsKey("next") && !page.isNull("next") && pages < 100; pages++) {
            page = page(list + "&cursor=" + page.getString("next"), auth);
            assertThat(page.getInt("page")).isEqualTo(pages);
            ids.addAll(ids(page));
        }
        return ids;
    }

    private static List<Long> byPage(String list, String auth) {
        List<Long> ids = new ArrayList<>();
        for (int number = 0; number < 100; number++) {
            List<Long> rows = ids(page(list + "&page=" + number, auth));
            if (rows.isEmpty()) {
                break;
            }
            ids.addAll(rows);
        }
        return ids;
    }

    private static JsonObject page(String path, String auth) {
        HttpResponse<String> response = Vigil.get(path, "Authorization", auth);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return Vigil.json(response).asJsonObject();
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(row -> row.getJsonNumber("id").longValue())
                .toList();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
    }
}
