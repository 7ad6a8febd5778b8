package vn.vigil.victim.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The facts of a support case that identify nobody: what support and funding decisions need. Never a name, an ID
 * number, an address or a phone number.
 */
public record CaseFacts(
        long caseId,
        String code,
        boolean open,
        PersonStatus personStatus,
        PersonRole personRole,
        boolean verifiedAbroad,
        String nationality,
        String caseWorker,
        LocalDate receivedOn)
        implements Serializable {

    public static final String VIETNAM = "VN";

    public boolean foreigner() {
        return !VIETNAM.equals(nationality);
    }
}
