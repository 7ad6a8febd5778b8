package vn.vigil.inspection.api;

import java.time.LocalDate;
import java.util.List;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;

/** Reads visits: the calendar and lists, one visit, the signed-in inspector's own, and what a plan still needs. */
public interface VisitDirectory {

    VisitView visit(long id);

    /** One page of matching visits, earliest first, with the number of matches. */
    Page<VisitSummary> find(VisitFilter filter, PageRequest page);

    /** The signed-in person's visits (not called off) starting on these days in Vietnam, both included. */
    List<VisitSummary> mine(LocalDate from, LocalDate to);

    /** Targets of an approved plan with no visit in its period yet, highest risk first. */
    Page<VisitSuggestion> suggestions(long planId, PageRequest page);
}
