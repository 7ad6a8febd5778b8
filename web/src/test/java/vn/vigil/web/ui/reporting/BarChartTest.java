package vn.vigil.web.ui.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void isAChartJsBarConfigurationWithOneSeries() {
        JsonObject chart =
                parse(new BarChart("Cơ sở đang hoạt động", List.of("Karaoke", "Vũ trường, quán bar"), List.of(16L, 3L))
                        .toJson());

        assertThat(chart.getString("type")).isEqualTo("bar");
        JsonObject data = chart.getJsonObject("data");
        assertThat(data.getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("Karaoke", "Vũ trường, quán bar");
        JsonObject series = data.getJsonArray("datasets").getJsonObject(0);
        assertThat(series.getString("label")).isEqualTo("Cơ sở đang hoạt động");
        assertThat(series.getJsonArray("data").getValuesAs(jakarta.json.JsonNumber::longValue))
                .containsExactly(16L, 3L);
        assertThat(chart.getJsonObject("options").getString("indexAxis")).isEqualTo("y");
    }

    @Test
    void labelsWithQuotesAndMarkupStayPlainTextAndCannotCloseTheScript() {
        String json = new BarChart("x", List.of("Bar \"Đêm\" </script>"), List.of(1L)).toJson();

        assertThat(json).doesNotContain("</");
        assertThat(parse(json).getJsonObject("data").getJsonArray("labels").getString(0))
                .isEqualTo("Bar \"Đêm\" </script>");
    }

    @Test
    void needsOneValuePerLabel() {
        assertThatThrownBy(() -> new BarChart("x", List.of("a", "b"), List.of(1L)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
