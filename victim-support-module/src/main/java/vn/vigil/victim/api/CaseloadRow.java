package vn.vigil.victim.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One open case in a caseload, without identity; {@code daysLeft} is negative once the verification is overdue, null
 * once verified.
 */
public record CaseloadRow(
        long id,
        String code,
        String caseWorker,
        PersonStatus personStatus,
        PersonRole role,
        LocalDate receivedOn,
        LocalDate verificationDue,
        Long daysLeft,
        long version)
        implements Serializable {

    public boolean overdue() {
        return daysLeft != null && daysLeft < 0;
    }
}
