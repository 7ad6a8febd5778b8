package vn.vigil.reporting.api.directive;

import java.time.LocalDate;
import java.util.Map;

/** A unit's report for one due date of a task: what was done, and the figures asked for (indicator code → count). */
public record ReportCommand(LocalDate dueOn, String text, Map<String, Long> figures) {

    public ReportCommand {
        figures = figures == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
    }
}
