package vn.vigil.web.ui.reporting;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * A horizontal bar chart as the Chart.js configuration that {@code p:chart} renders: one series of whole numbers
 * with a label per bar (long Vietnamese labels fit better on the vertical axis).
 */
public record BarChart(String seriesLabel, List<String> labels, List<Long> values) {

    private static final String COLOUR = "#b3261e";

    public BarChart {
        if (labels.size() != values.size()) {
            throw new IllegalArgumentException("one value per label");
        }
        labels = List.copyOf(labels);
        values = List.copyOf(values);
    }

    /**
     * The configuration as JSON. PrimeFaces writes it into an inline script, so {@code <} is escaped as
     * a JSON unicode escape: a label can never close the script element.
     */
    public String toJson() {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(data::add);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", Json.createArrayBuilder(labels))
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", seriesLabel)
                                                        .add("data", data)
                                                        .add("backgroundColor", COLOUR))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("indexAxis", "y")
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("display", false)))
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "x",
                                                        Json.createObjectBuilder()
                                                                .add("beginAtZero", true)
                                                                .add(
                                                                        "ticks",
                                                                        Json.createObjectBuilder()
                                                                                .add("precision", 0)))))
                .build()
                .toString()
                .replace("<", "\\u003c");
    }
}
