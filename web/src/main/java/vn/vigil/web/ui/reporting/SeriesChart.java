package vn.vigil.web.ui.reporting;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * A bar chart of several series as the Chart.js configuration {@code p:chart} renders: vertical (months along the
 * bottom) or horizontal (long labels down the side), side by side or stacked, with a legend.
 */
public record SeriesChart(List<String> labels, List<Series> series, boolean horizontal, boolean stacked) {

    /** One series: its name in the legend, its colour, and one value per label. */
    public record Series(String name, String colour, List<Long> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    public SeriesChart {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != labels.size()) {
                throw new IllegalArgumentException("one value per label in " + s.name());
            }
        }
    }

    /** The configuration as JSON, with {@code <} escaped so no label can close the inline script. */
    public String toJson() {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            s.values().forEach(data::add);
            datasets.add(Json.createObjectBuilder()
                    .add("label", s.name())
                    .add("data", data)
                    .add("backgroundColor", s.colour()));
        }
        String valueAxis = horizontal ? "x" : "y";
        String labelAxis = horizontal ? "y" : "x";
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("position", "bottom")))
                .add(
                        "scales",
                        Json.createObjectBuilder()
                                .add(
                                        valueAxis,
                                        Json.createObjectBuilder()
                                                .add("beginAtZero", true)
                                                .add("stacked", stacked)
                                                .add(
                                                        "ticks",
                                                        Json.createObjectBuilder()
                                                                .add("precision", 0)))
                                .add(labelAxis, Json.createObjectBuilder().add("stacked", stacked)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", Json.createArrayBuilder(labels))
                                .add("datasets", datasets))
                .add("options", options)
                .build()
                .toString()
                .replace("<", "\\u003c");
    }
}
