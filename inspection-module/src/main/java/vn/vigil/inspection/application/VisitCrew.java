package vn.vigil.inspection.application;

import java.util.OptionalLong;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.inspection.domain.VisitRecordRepository;

/** Who writes about a visit (its record, its evidence): the people on it and the lead of its team, nobody else. */
final class VisitCrew {

    private VisitCrew() {}

    static void requireOnVisit(long visitId, VisitRecordRepository records, StaffDirectory staff, CurrentActor actor) {
        if (!isOnVisit(visitId, records, staff, actor)) {
            throw new DomainException("record.notOnVisit");
        }
    }

    /**
     * Whether the person acting goes on the visit or leads its team (unknown staff: no). Two statements, whatever
     * the visit: the person's id (the username index alone), then membership and lead in one (saving a record is the commonest write).
     */
    static boolean isOnVisit(long visitId, VisitRecordRepository records, StaffDirectory staff, CurrentActor actor) {
        OptionalLong user = staff.idOf(actor.username());
        return user.isPresent() && records.isOnVisit(visitId, user.getAsLong());
    }
}
