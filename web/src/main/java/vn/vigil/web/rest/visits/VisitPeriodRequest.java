package vn.vigil.web.rest.visits;

import java.time.LocalDateTime;

/** The body of a move: the new start and end on Vietnam's clock (yyyy-MM-ddTHH:mm) and the version the caller read. */
public record VisitPeriodRequest(LocalDateTime start, LocalDateTime end, Long version) {}
