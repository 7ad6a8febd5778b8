package vn.vigil.inspection.application;

import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.core.api.staff.StaffMember;
import vn.vigil.inspection.domain.Visit;
import vn.vigil.inspection.domain.VisitRecordRepository;

/** Who writes about a visit (its record, its evidence): the people on it and the lead of its team, nobody else. */
final class VisitCrew {

    private VisitCrew() {}

    static void requireOnVisit(Visit visit, VisitRecordRepository records, StaffDirectory staff, CurrentActor actor) {
        long user = staff.findByUsername(actor.username())
                .map(StaffMember::id)
                .orElseThrow(() -> new DomainException("record.notOnVisit"));
        if (records.leadOf(visit.teamId()) != user && !visit.isMember(user)) {
            throw new DomainException("record.notOnVisit");
        }
    }
}
