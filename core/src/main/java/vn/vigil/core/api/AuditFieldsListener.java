package vn.vigil.core.api;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;

/** Stamps {@link AuditFields} on every insert and update of an {@link Audited} entity. */
public class AuditFieldsListener {

    @PrePersist
    void onCreate(Object entity) {
        if (entity instanceof Audited audited) {
            audited.auditFields().created(actor(), Instant.now());
        }
    }

    @PreUpdate
    void onUpdate(Object entity) {
        if (entity instanceof Audited audited) {
            audited.auditFields().updated(actor(), Instant.now());
        }
    }

    private static String actor() {
        try {
            return CDI.current().select(CurrentActor.class).get().username();
        } catch (RuntimeException outsideContainer) {
            return CurrentActor.SYSTEM;
        }
    }
}
