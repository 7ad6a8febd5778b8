package vn.vigil.inspection.api;

/** Published once after a visit where trafficking indicators were observed is signed off. */
public record TraffickingIndicatorsSeen(long visitId, long establishmentId) {}
