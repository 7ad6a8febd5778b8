package vn.vigil.inspection.api;

/**
 * What a save answers when the caller does not need the whole record back (REST: {@code Prefer: return=minimal}):
 * what the device needs to save again (the new version) and to show (the outcome), under the same names as in the
 * whole record.
 */
public record RecordSaved(long id, long visitId, long version, VisitOutcome outcome) {}
