package vn.vigil.victim.api;

import java.time.LocalDate;

/** One open case in a case worker's caseload; {@code daysLeft} is negative once the verification is overdue. */
public record CaseloadRow(
        long id,
        String code,
        PersonStatus personStatus,
        PersonRole role,
        LocalDate receivedOn,
        LocalDate verificationDue,
        Long daysLeft) {

    public boolean overdue() {
        return daysLeft != null && daysLeft < 0;
    }
}
