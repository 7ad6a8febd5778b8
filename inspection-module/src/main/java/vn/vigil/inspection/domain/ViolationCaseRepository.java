package vn.vigil.inspection.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.inspection.api.CaseDeadlineView;
import vn.vigil.inspection.api.CaseQuery;
import vn.vigil.inspection.api.CaseSummary;

public interface ViolationCaseRepository {

    ViolationCase add(ViolationCase violationCase);

    Optional<ViolationCase> find(long id);

    Optional<ViolationCase> findByVisit(long visitId);

    /**
     * Opens the case of a visit's violations unless the visit has one already (one statement, safe when the event
     * comes twice or two nodes race), with the record of violation due on {@code recordDue}. Returns whether it
     * opened one.
     */
    boolean openForVisit(long visitId, long establishmentId, LocalDate detectedOn, LocalDate recordDue, String by);

    /** Open cases with a running deadline, soonest due first, with days left counted from {@code today}. */
    /** Open cases with a running deadline, most urgent first; only a team lead's teams' cases when {@code leadUserId} is set. */
    List<CaseDeadlineView> deadlineBoard(LocalDate today, Long leadUserId, PageRequest page);

    long countWithDeadline(Long leadUserId);

    /** Open cases due on or before {@code until} (overdue ones too), soonest first, days left from {@code today}. */
    List<CaseDeadlineView> dueBy(LocalDate today, LocalDate until);

    long countOpen();

    /**
     * A page of the cases matching {@code query}, with days left counted from {@code today}, the number of matches
     * (exact up to a limit, estimated beyond) and the cursor of the next page; with {@code leadUserId}, only cases
     * of visits made by teams that person leads; {@code provinceCommunes} are the communes of the query's province
     * (null when it names none).
     */
    Page<CaseSummary> search(
            CaseQuery query, Long leadUserId, Set<Long> provinceCommunes, LocalDate today, PageRequest page);

    /** Whether the case came from a visit made by a team that person leads. */
    boolean isOfTeamLedBy(long caseId, long leadUserId);

    void flush();
}
