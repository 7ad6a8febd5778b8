package vn.vigil.web.ui.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesChartTest {

    @Test
    void monthsAlongTheBottomWithTwoSeriesSideBySide() {
        JsonObject chart = parse(new SeriesChart(
                        List.of("01/2026", "02/2026"),
                        List.of(
                                new SeriesChart.Series("Năm nay", "#b3261e", List.of(4L, 7L)),
                                new SeriesChart.Series("Năm trước", "#9aa5b1", List.of(3L, 0L))),
                        false,
                        false)
                .toJson());

        JsonObject data = chart.getJsonObject("data");
        assertThat(data.getJsonArray("datasets")).hasSize(2);
        assertThat(data.getJsonArray("datasets")
                        .getJsonObject(1)
                        .getJsonArray("data")
                        .getValuesAs(JsonNumber::longValue))
                .containsExactly(3L, 0L);
        JsonObject options = chart.getJsonObject("options");
        assertThat(options.containsKey("indexAxis")).as("vertical bars").isFalse();
        assertThat(options.getJsonObject("scales").getJsonObject("y").getBoolean("stacked"))
                .isFalse();
    }

    @Test
    void horizontalStackedBarsForLongLabels() {
        JsonObject options = parse(new SeriesChart(
                                List.of("Karaoke </script>"),
                                List.of(
                                        new SeriesChart.Series("Thấp", "#4caf50", List.of(5L)),
                                        new SeriesChart.Series("Cao", "#b3261e", List.of(2L))),
                                true,
                                true)
                        .toJson())
                .getJsonObject("options");

        assertThat(options.getString("indexAxis")).isEqualTo("y");
        assertThat(options.getJsonObject("scales").getJsonObject("x").getBoolean("stacked"))
                .isTrue();
        assertThat(options.getJsonObject("scales").getJsonObject("y").getBoolean("stacked"))
                .isTrue();
    }

    @Test
    void cannotCloseTheScriptAndNeedsOneValuePerLabel() {
        String json = new SeriesChart(
                        List.of("</script>"), List.of(new SeriesChart.Series("<b>", "#000", List.of(1L))), false, false)
                .toJson();
        assertThat(json).doesNotContain("<");

        assertThatThrownBy(() -> new SeriesChart(
                        List.of("a", "b"), List.of(new SeriesChart.Series("x", "#000", List.of(1L))), false, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
