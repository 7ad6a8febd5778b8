package vn.vigil.reporting.api.directive;

import java.time.LocalDate;
import java.util.List;

/**
 * A task of a directive: its text, the lead unit and the coordinating units, and either a date to report by
 * ({@code ONCE}) or a periodic report on a day of the month with the figures (indicator codes) it asks for.
 */
public record TaskCommand(
        String text,
        Long leadUnitId,
        List<Long> coordinatingUnitIds,
        TaskRecurrence recurrence,
        LocalDate dueOn,
        Integer reportDay,
        List<String> indicators) {

    public TaskCommand {
        coordinatingUnitIds = coordinatingUnitIds == null
                ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(coordinatingUnitIds));
        indicators = indicators == null
                ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(indicators));
    }
}
