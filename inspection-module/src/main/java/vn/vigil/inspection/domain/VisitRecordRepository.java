package vn.vigil.inspection.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.vigil.inspection.api.VisitHeader;

/** Visit records, their amendments, and what recording needs to know of the visit and its establishment. */
public interface VisitRecordRepository {

    Optional<VisitRecord> findByVisit(long visitId);

    VisitRecord add(VisitRecord record);

    Amendment add(Amendment amendment);

    /** Amendments of a record, oldest first. */
    List<Amendment> amendmentsOf(long recordId);

    Optional<Visit> visit(long visitId);

    Optional<VisitHeader> header(long visitId);

    long businessLineOf(long establishmentId);

    /**
     * Whether the user goes on the visit (is one of its members) or leads the visit's team: one statement, through
     * the members' primary key and the visit's and team's (false for a visit that does not exist).
     */
    boolean isOnVisit(long visitId, long userId);

    /**
     * Notes a signed-off inspection on the establishment: inspected on {@code day} (unless already later), one more
     * visit with observed trafficking indicators if {@code indicatorsObserved}.
     */
    void noteInspection(long establishmentId, LocalDate day, boolean indicatorsObserved);

    void flush();
}
