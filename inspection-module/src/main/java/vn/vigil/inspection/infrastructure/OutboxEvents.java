package vn.vigil.inspection.infrastructure;

import vn.vigil.inspection.api.TraffickingIndicatorsSeen;
import vn.vigil.inspection.api.VisitViolationsFound;

/** How the module's api events are stored in the outbox and read back. */
final class OutboxEvents {

    record Row(String type, long visitId, long establishmentId) {}

    private OutboxEvents() {}

    static Row row(Object event) {
        if (event instanceof VisitViolationsFound v) {
            return new Row(VisitViolationsFound.class.getSimpleName(), v.visitId(), v.establishmentId());
        }
        if (event instanceof TraffickingIndicatorsSeen t) {
            return new Row(TraffickingIndicatorsSeen.class.getSimpleName(), t.visitId(), t.establishmentId());
        }
        throw new IllegalArgumentException("Not an outbox event: " + event);
    }

    static Object event(Row row) {
        if (row.type().equals(VisitViolationsFound.class.getSimpleName())) {
            return new VisitViolationsFound(row.visitId(), row.establishmentId());
        }
        if (row.type().equals(TraffickingIndicatorsSeen.class.getSimpleName())) {
            return new TraffickingIndicatorsSeen(row.visitId(), row.establishmentId());
        }
        throw new IllegalStateException("Unknown outbox event type " + row.type());
    }
}
