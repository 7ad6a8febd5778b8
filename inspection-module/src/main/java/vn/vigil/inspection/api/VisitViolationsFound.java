package vn.vigil.inspection.api;

/** Published once after a visit with violation findings is signed off. */
public record VisitViolationsFound(long visitId, long establishmentId) {}
