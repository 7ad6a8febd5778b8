package vn.vigil.inspection.api;

import java.time.LocalDateTime;

/**
 * Puts visits on the calendar, moves and calls them off. Team leads and administrators do it. Nobody and no
 * establishment is booked on two overlapping visits: the refusal names who or what and the visit already booked.
 */
public interface VisitScheduling {

    /** The establishment must be operating, the team active; a plan must be approved and name the establishment. */
    VisitView scheduleVisit(VisitCommand command);

    /** Moves a scheduled visit with the version the caller loaded. */
    VisitView reschedule(long visitId, long version, LocalDateTime start, LocalDateTime end);

    VisitView cancel(long visitId, long version, String reason);
}
