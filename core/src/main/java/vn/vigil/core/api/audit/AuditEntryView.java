package vn.vigil.core.api.audit;

import java.io.Serializable;
import java.time.Instant;

public record AuditEntryView(
        long id, Instant occurredAt, String actor, String action, String entityType, String entityId, String detail)
        implements Serializable {}
