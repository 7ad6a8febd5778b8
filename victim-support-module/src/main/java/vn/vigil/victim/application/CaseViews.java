package vn.vigil.victim.application;

import java.util.Optional;
import vn.vigil.victim.api.VictimCaseView;
import vn.vigil.victim.domain.Person;
import vn.vigil.victim.domain.VictimCase;
import vn.vigil.victim.domain.VictimCaseRepository;
import vn.vigil.victim.domain.VietnamDate;

/** Builds the non-identifying view of a case, with what the caller may do with it. */
final class CaseViews {

    private CaseViews() {}

    static VictimCaseView of(VictimCase c, VictimCaseRepository cases, CaseAccess access) {
        Person person = cases.person(c.personId());
        String accompanies = Optional.ofNullable(c.accompaniesCaseId())
                .flatMap(cases::find)
                .map(VictimCase::code)
                .orElse(null);
        return new VictimCaseView(
                c.id(),
                c.code(),
                c.personStatus(),
                c.personRole(),
                accompanies,
                c.verifiedAbroad(),
                c.receivedOn(),
                c.receivedPlace(),
                c.receivedUnitId(),
                c.receivedBy(),
                c.verificationDue(),
                c.verificationOverdue(VietnamDate.today()),
                c.verifiedOn(),
                c.verifiedBy(),
                person.nationality(),
                person.birthYear(),
                person.sex(),
                c.consentToProcessing(),
                person.identityStored(),
                c.caseWorker(),
                c.status(),
                c.closedOn(),
                c.closureReason(),
                c.sourceVisitId(),
                c.version(),
                person.identityStored() && access.mayRevealIdentity(c),
                access.mayAct(c));
    }
}
