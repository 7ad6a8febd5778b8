package vn.vigil.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vigil.core.api.AccessDeniedException;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.Text;
import vn.vigil.core.api.audit.AuditChainStatus;
import vn.vigil.core.api.audit.AuditEntryView;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.audit.AuditQuery;
import vn.vigil.core.domain.AuditEntry;
import vn.vigil.core.domain.AuditSeals;

/**
 * Writing is open to every caller (a failed sign-in is recorded before anyone is signed in); reading is for
 * administrators only.
 */
@ApplicationScoped
public class AuditLogImpl implements AuditLog {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    CurrentActor actor;

    /** Remembers that a refusal of the current request is audited, so the request is not audited again. */
    @Inject
    AccessRefusalsImpl refusals;

    @Inject
    AuditSeals seals;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(AuditEvent event) {
        record(actor.username(), event);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(String who, AuditEvent event) {
        em.persist(new AuditEntry(who, event, Instant.now()));
        if (event.action().endsWith("_REFUSED")) {
            refusals.remember();
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntryView> search(AuditQuery query, PageRequest page) {
        if (!actor.hasRole(Role.ADMIN) && !CurrentActor.SYSTEM.equals(actor.username())) {
            throw new AccessDeniedException();
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        add(where, params, "actor", Text.clean(query.actor()));
        add(where, params, "action", Text.clean(query.action()));
        add(where, params, "entityType", Text.clean(query.entityType()));
        add(where, params, "entityId", Text.clean(query.entityId()));
        if (query.from() != null) {
            where.append(" and e.occurredAt >= :from");
            params.put("from", query.from().atStartOfDay(VIETNAM).toInstant());
        }
        if (query.to() != null) {
            where.append(" and e.occurredAt < :to");
            params.put("to", query.to().plusDays(1).atStartOfDay(VIETNAM).toInstant());
        }
        TypedQuery<AuditEntry> rows = em.createQuery(
                "select e from AuditEntry e" + where + " order by e.occurredAt desc, e.id desc", AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEntry e" + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<AuditEntryView> items =
                rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                        .map(e -> new AuditEntryView(
                                e.id(),
                                e.occurredAt(),
                                e.actor(),
                                e.action(),
                                e.entityType(),
                                e.entityId(),
                                e.detail()))
                        .toList();
        return new Page<>(items, count.getSingleResult(), page.page(), page.size());
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public AuditChainStatus verifyChain() {
        if (!actor.hasRole(Role.ADMIN) && !CurrentActor.SYSTEM.equals(actor.username())) {
            throw new AccessDeniedException();
        }
        AuditChainStatus status = seals.verify();
        return status;
    }

    private static void add(StringBuilder where, Map<String, Object> params, String field, String value) {
        if (value != null) {
            where.append(" and e.").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }
}
