package vn.vigil.core.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.vigil.core.api.audit.AuditEvent;

/** One immutable line of the audit log (the table refuses update and delete). */
@Entity
@Table(name = "audit_entry", schema = "core")
public class AuditEntry {

    public static final int DETAIL_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(nullable = false, updatable = false, length = 64)
    private String action;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 64)
    private String entityType;

    @Column(name = "entity_id", updatable = false, length = 64)
    private String entityId;

    @Column(updatable = false, length = DETAIL_MAX)
    private String detail;

    protected AuditEntry() {}

    public AuditEntry(String actor, AuditEvent event, Instant at) {
        this.actor = truncate(actor, 64);
        this.action = truncate(event.action(), 64);
        this.entityType = truncate(event.entityType(), 64);
        this.entityId = truncate(event.entityId(), 64);
        this.detail = truncate(event.detail(), DETAIL_MAX);
        this.occurredAt = at;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String detail() {
        return detail;
    }
}
