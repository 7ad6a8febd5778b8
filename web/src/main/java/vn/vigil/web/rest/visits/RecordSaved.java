package vn.vigil.web.rest.visits;

import vn.vigil.inspection.api.VisitOutcome;
import vn.vigil.inspection.api.VisitRecordView;

/**
 * The short answer to a saved record ({@code Prefer: return=minimal}): what the device needs to save again (the new
 * version) and to show (the outcome), under the same names as in the whole record.
 */
public record RecordSaved(long id, long visitId, long version, VisitOutcome outcome) {

    static RecordSaved of(VisitRecordView record) {
        return new RecordSaved(record.id(), record.visitId(), record.version(), record.outcome());
    }
}
