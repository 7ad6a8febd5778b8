package vn.vigil.reporting.api.directive;

import java.util.List;
import java.util.Map;

/**
 * A focal point's inbox: the tasks of the caller's own unit (its department, or its commune's People's Committee),
 * never another unit's. The focal point acknowledges a task, answers each due date with a report (figures prefilled
 * from Vigil's own data where it has them), sends it for approval, and marks the task done.
 */
public interface TaskInbox {

    /** The caller's unit's tasks of sent directives, those with the nearest due date first. */
    List<InboxItem> mine();

    /** @throws vn.vigil.core.api.AccessDeniedException when the task is not the caller's unit's */
    AssignmentView assignment(long taskUnitId);

    AssignmentView acknowledge(long taskUnitId);

    AssignmentView markDone(long taskUnitId);

    /** The figures Vigil can fill in for a due date: indicator code → value, only the codes it knows for this unit. */
    Map<String, Long> prefill(long taskUnitId, java.time.LocalDate dueOn);

    /**
     * Writes (or rewrites, while a draft or returned) the unit's report for one due date.
     *
     * @throws vn.vigil.core.api.DomainException when the date is not one of the task's, a figure is negative or not
     *     asked for, or the report is no longer editable
     */
    ReportView saveReport(long taskUnitId, ReportCommand command);

    ReportView report(long reportId);

    /** Attaches a file (at most 10 MB, PDF, image, or office document) to a report still editable. */
    ReportView attach(long reportId, String fileName, String contentType, byte[] content);

    Directives.Attachment attachment(long reportId, long attachmentId);

    /** Sends the report up: to the responsible department's review (a commune's) or the standing office. */
    ReportView submit(long reportId, long version);

    /** Tasks of all units due within {@code days} days or overdue without a report, for the daily digest. */
    List<InboxItem> dueSoonOrLate(int days);
}
