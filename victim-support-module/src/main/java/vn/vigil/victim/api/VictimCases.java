package vn.vigil.victim.api;

import java.util.List;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;

/**
 * Victim cases from reception to closure. A case worker acts only on their own cases (anything else is refused
 * and audited); everyone else reads the case code and non-identifying facts. Identity is read only through
 * {@link #revealIdentity}, by the case worker of the case or a supervisor granted it, and every read is audited.
 */
public interface VictimCases {

    /** Opens a case for the calling case worker, numbered "NN-yyyy-nnnn". */
    Reception receive(ReceptionCommand command);

    /** Codes of cases whose person has the same ID number, or the same name and birth year (case workers). */
    List<String> possibleSameAs(IdentityEntry identity, Integer birthYear);

    /** The caller's open cases, the most urgent verification first. */
    Page<CaseloadRow> caseload(PageRequest page);

    /** The caller's open caseload counted whole: verifications overdue and due within the given days, received this month. */
    CaseloadCounts caseloadCounts(int dueSoonDays);

    /** Every open case, the most urgent verification first (administrators, to reassign). */
    Page<CaseloadRow> openCases(PageRequest page);

    VictimCaseView find(long id);

    VictimCaseView findByCode(String code);

    IdentityView revealIdentity(long id, RevealPurpose purpose, String note);

    /** Adds or replaces the person's photo (JPEG or PNG); only on a case that keeps identity. */
    VictimCaseView attachPhoto(long id, byte[] content, String contentType);

    VictimCaseView recordVerification(long id, long version, VerificationCommand command);

    ReferralView refer(long id, ReferralCommand command);

    List<ReferralView> referrals(long id);

    VictimCaseView close(long id, long version, ClosureCommand command);

    /** Hands the case to another case worker (administrators). */
    VictimCaseView reassign(long id, long version, String caseWorker);
}
