package vn.vigil.core.api.audit;

/** One line for the append-only audit log. {@code detail} never holds a victim's identity, only ids and codes. */
public record AuditEvent(String action, String entityType, String entityId, String detail) {

    public static AuditEvent of(String action, String entityType, Object entityId, String detail) {
        return new AuditEvent(action, entityType, entityId == null ? null : String.valueOf(entityId), detail);
    }
}
