package vn.vigil.inspection.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.inspection.api.VisitFilter;
import vn.vigil.inspection.api.VisitSuggestion;
import vn.vigil.inspection.api.VisitSummary;

/** Visits on the calendar. */
public interface VisitRepository {

    Visit add(Visit visit);

    Optional<Visit> find(long id);

    /**
     * Writes pending changes and has the database check its no-double-booking constraints at once (they are
     * deferred to commit otherwise); a booking that slipped past the checks (two schedulers at the same moment) is
     * refused with {@code visit.doubleBooked}.
     */
    void flushCheckingBookings();

    /** A visit (not called off, other than {@code exceptVisitId}) of the establishment overlapping the period. */
    Optional<Booking> bookingOfEstablishment(long establishmentId, VisitPeriod period, Long exceptVisitId);

    /** Visits (not called off, other than {@code exceptVisitId}) of these people overlapping the period. */
    List<Booking> bookingsOfPeople(Collection<Long> userIds, VisitPeriod period, Long exceptVisitId);

    boolean isPlanTarget(long planId, long establishmentId);

    /**
     * One page of visits that match, earliest first (then by id), names joined, with the number of matches (exact up
     * to a limit, estimated beyond) and the cursor of the next page; {@code provinceCommunes} are the communes of
     * the filter's province (null when it names none).
     */
    Page<VisitSummary> find(VisitFilter filter, Set<Long> provinceCommunes, PageRequest page);

    /** The person's visits, not called off, starting in [from, until). */
    List<VisitSummary> ofMember(long userId, Instant from, Instant until);

    /** Targets of the plan with no visit (not called off) in its period, highest risk first; commune names empty. */
    List<VisitSuggestion> suggestions(InspectionPlan plan, PageRequest page);

    long countSuggestions(InspectionPlan plan);
}
