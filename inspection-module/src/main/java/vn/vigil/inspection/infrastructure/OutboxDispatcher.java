package vn.vigil.inspection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Consumer;

/**
 * Publishes pending outbox rows as CDI events and marks each published, in one transaction: rows are claimed with
 * {@code for update skip locked}, so two dispatchers running at once never publish a row twice.
 */
@ApplicationScoped
public class OutboxDispatcher {

    static final int BATCH = 100;

    @PersistenceContext(unitName = "inspection")
    EntityManager em;

    private Consumer<Object> publish;

    protected OutboxDispatcher() {}

    /** Outside a container: events go to {@code publish}; the caller runs it in a transaction. */
    public OutboxDispatcher(EntityManager em, Consumer<Object> publish) {
        this.em = em;
        this.publish = publish;
    }

    @Inject
    void publishTo(Event<Object> events) {
        this.publish = events::fire;
    }

    /** Publishes up to one batch of pending events, oldest first; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int dispatchPending() {
        List<?> rows = em.createNativeQuery("""
                        select id, type, visit_id, establishment_id from inspection.outbox_event
                         where published_at is null order by id limit :batch for update skip locked
                        """).setParameter("batch", BATCH).getResultList();
        for (Object o : rows) {
            Object[] row = (Object[]) o;
            publish.accept(OutboxEvents.event(new OutboxEvents.Row(
                    (String) row[1], ((Number) row[2]).longValue(), ((Number) row[3]).longValue())));
            em.createNativeQuery("update inspection.outbox_event set published_at = now() where id = :id")
                    .setParameter("id", ((Number) row[0]).longValue())
                    .executeUpdate();
        }
        return rows.size();
    }
}
