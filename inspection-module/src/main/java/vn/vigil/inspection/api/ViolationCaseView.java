package vn.vigil.inspection.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A violation case with its acts, payments, history, next deadline and the steps open to it now; the numbers
 * of its record of violation and sanction decision once they are issued.
 */
public record ViolationCaseView(
        long id,
        Long visitId,
        Long establishmentId,
        ViolatorKind violatorKind,
        String violatorName,
        ViolationCaseStatus status,
        LocalDate detectedOn,
        LocalDate recordedOn,
        String recordNumber,
        String decisionNumber,
        LocalDate decidedOn,
        long fineTotal,
        long paidTotal,
        long balance,
        LocalDate deliveredOn,
        boolean deliveryRefused,
        ViolationRuleCode dueRule,
        LocalDate dueOn,
        Long daysLeft,
        List<CaseActView> acts,
        List<CasePaymentView> payments,
        List<CaseStepView> history,
        Set<ViolationCaseAction> nextActions,
        LocalDate complaintFiledOn,
        boolean complaintSuspends,
        ComplaintOutcome complaintOutcome,
        long version)
        implements Serializable {}
