package vn.vigil.reporting.api.directive;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A task as the directive's page shows it. */
public record TaskView(
        long id,
        int position,
        String text,
        UnitRef lead,
        List<UnitRef> coordinating,
        TaskRecurrence recurrence,
        LocalDate dueOn,
        Integer reportDay,
        List<String> indicators,
        long version)
        implements Serializable {}
