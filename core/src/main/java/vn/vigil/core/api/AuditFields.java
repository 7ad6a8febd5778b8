package vn.vigil.core.api;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** Who created and last changed an aggregate, and when. Filled by {@link AuditFieldsListener}, never by hand. */
@Embeddable
public class AuditFields {

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    void created(String actor, Instant now) {
        this.createdAt = now;
        this.createdBy = actor;
        updated(actor, now);
    }

    void updated(String actor, Instant now) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
