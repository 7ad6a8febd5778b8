package vn.vigil.inspection.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.vigil.core.api.PageRequest;
import vn.vigil.inspection.api.FollowUpView;

public interface FollowUpRepository {

    FollowUp add(FollowUp followUp);

    Optional<FollowUp> find(long id);

    /**
     * Closes the open follow-ups of an establishment demanded by visits that started before {@code visitStart}: the
     * signed-off visit {@code closingVisitId} is their re-inspection. Returns how many it closed.
     */
    int closeByVisit(long establishmentId, Instant visitStart, long closingVisitId, String by, Instant at);

    /** Open follow-ups (only those due before {@code today} if {@code overdueOnly}), soonest due first, one query. */
    List<FollowUpView> open(boolean overdueOnly, LocalDate today, PageRequest page);

    long countOpen(boolean overdueOnly, LocalDate today);

    void flush();
}
