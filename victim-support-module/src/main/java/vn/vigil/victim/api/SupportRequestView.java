package vn.vigil.victim.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A support request as anyone entitled sees it: the case by its code only, never the person. */
public record SupportRequestView(
        long id,
        long version,
        long caseId,
        String caseCode,
        String supportType,
        Long rateId,
        int quantity,
        LocalDate periodFrom,
        LocalDate periodUntil,
        long amount,
        boolean caseByCase,
        String justification,
        String purpose,
        String requestedBy,
        LocalDate requestedOn,
        SupportRequestStatus status,
        Long budgetLineId,
        String firstApprover,
        String secondApprover,
        LocalDate disbursedOn,
        DisbursementMethod disbursement,
        String receiptNumber,
        String cancelReason)
        implements Serializable {}
