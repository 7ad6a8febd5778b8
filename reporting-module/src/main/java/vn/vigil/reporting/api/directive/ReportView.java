package vn.vigil.reporting.api.directive;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A unit's report on a task for one due date, with its figures, attachments and approval history. */
public record ReportView(
        long id,
        long taskUnitId,
        long directiveId,
        String symbol,
        String taskText,
        UnitRef unit,
        LocalDate dueOn,
        LocalDate periodFrom,
        LocalDate periodUntil,
        String text,
        Map<String, Long> figures,
        ApprovalState state,
        String submittedBy,
        Instant submittedAt,
        String reviewedBy,
        String approvedBy,
        String returnedReason,
        List<AttachmentView> attachments,
        List<ApprovalStepView> steps,
        long version)
        implements Serializable {}
