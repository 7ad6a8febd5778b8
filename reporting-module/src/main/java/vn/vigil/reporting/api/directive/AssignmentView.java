package vn.vigil.reporting.api.directive;

import java.io.Serializable;
import java.util.List;

/** A task as one unit works on it: the task, the unit, its inbox state and every due date with its report. */
public record AssignmentView(
        long taskUnitId,
        DirectiveSummary directive,
        TaskView task,
        UnitRef unit,
        boolean lead,
        boolean acknowledged,
        boolean done,
        List<Occurrence> occurrences,
        long version)
        implements Serializable {}
