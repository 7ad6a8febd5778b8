package vn.vigil.core.api.audit;

import java.io.Serializable;
import java.time.LocalDate;

public record AuditQuery(String actor, String action, String entityType, String entityId, LocalDate from, LocalDate to)
        implements Serializable {}
