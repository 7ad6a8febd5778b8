package vn.vigil.inspection.application;

import java.util.ArrayList;
import java.util.List;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.audit.AuditEntryView;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.audit.AuditQuery;

/** An audit log that keeps what it was told, for tests to read. */
final class RecordingAuditLog implements AuditLog {

    @Override
    public vn.vigil.core.api.audit.AuditChainStatus verifyChain() {
        throw new UnsupportedOperationException();
    }

    final List<AuditEvent> events = new ArrayList<>();

    @Override
    public void record(AuditEvent event) {
        events.add(event);
    }

    @Override
    public void record(String actor, AuditEvent event) {
        events.add(event);
    }

    @Override
    public Page<AuditEntryView> search(AuditQuery query, PageRequest page) {
        throw new UnsupportedOperationException();
    }
}
