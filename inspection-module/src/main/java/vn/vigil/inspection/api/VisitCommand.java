package vn.vigil.inspection.api;

import java.time.LocalDateTime;

/**
 * A visit to schedule: which establishment, which team, the approved plan it serves (null for none), whether it is
 * announced, and when it starts and ends on Vietnam's clock.
 */
public record VisitCommand(
        Long establishmentId, Long teamId, Long planId, VisitKind kind, LocalDateTime start, LocalDateTime end) {}
