package vn.vigil.reporting.api.directive;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A task in a unit's inbox: the directive it comes from, whether the unit leads it, its next due date (null when
 * none is left), and how far the unit has got.
 */
public record InboxItem(
        long taskUnitId,
        long unitId,
        long directiveId,
        DirectiveKind kind,
        String symbol,
        String subject,
        String taskText,
        boolean lead,
        TaskRecurrence recurrence,
        LocalDate nextDue,
        boolean acknowledged,
        boolean done,
        int reportsLate)
        implements Serializable {}
