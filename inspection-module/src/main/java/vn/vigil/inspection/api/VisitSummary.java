package vn.vigil.inspection.api;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A row of a visit list or an event of the calendar; times on Vietnam's clock. */
public record VisitSummary(
        long id,
        long establishmentId,
        String establishmentName,
        long communeId,
        long teamId,
        String teamName,
        Long planId,
        VisitKind kind,
        VisitStatus status,
        LocalDateTime start,
        LocalDateTime end,
        long version)
        implements Serializable {}
