package vn.vigil.victim.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A case without anyone's identity: what every permitted reader may see. {@code identityRevealable} and
 * {@code actionable} say what the caller may do with it (see the identity, act as its case worker).
 */
public record VictimCaseView(
        long id,
        String code,
        PersonStatus personStatus,
        PersonRole role,
        String accompaniesCaseCode,
        boolean verifiedAbroad,
        LocalDate receivedOn,
        String receivedPlace,
        Long receivedUnitId,
        String receivedBy,
        LocalDate verificationDue,
        boolean verificationOverdue,
        LocalDate verifiedOn,
        String verifiedBy,
        String nationality,
        Integer birthYear,
        Sex sex,
        boolean consentToProcessing,
        boolean identityStored,
        String caseWorker,
        CaseStatus status,
        LocalDate closedOn,
        String closureReason,
        Long sourceVisitId,
        long version,
        boolean identityRevealable,
        boolean actionable)
        implements Serializable {}
