package vn.vigil.inspection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.vigil.inspection.domain.Outbox;

/** Outbox rows written with the caller's transaction; announces them so they are dispatched after the commit. */
@ApplicationScoped
public class JpaOutbox implements Outbox {

    @PersistenceContext(unitName = "inspection")
    EntityManager em;

    @Inject
    Event<OutboxWritten> written;

    protected JpaOutbox() {}

    /** Outside a container: rows only, dispatched when the test asks. */
    public JpaOutbox(EntityManager em) {
        this.em = em;
    }

    @Override
    public void append(Object event) {
        OutboxEvents.Row row = OutboxEvents.row(event);
        em.createNativeQuery(
                        "insert into inspection.outbox_event (type, visit_id, establishment_id) values (:type, :visit, :establishment)")
                .setParameter("type", row.type())
                .setParameter("visit", row.visitId())
                .setParameter("establishment", row.establishmentId())
                .executeUpdate();
        if (written != null) {
            written.fire(new OutboxWritten());
        }
    }
}
