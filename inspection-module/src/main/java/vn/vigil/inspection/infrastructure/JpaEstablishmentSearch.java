package vn.vigil.inspection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Text;
import vn.vigil.inspection.api.EstablishmentQuery;
import vn.vigil.inspection.api.EstablishmentStatus;
import vn.vigil.inspection.api.EstablishmentSummary;
import vn.vigil.inspection.domain.Establishment;
import vn.vigil.inspection.domain.EstablishmentSearch;

/** Native SQL over the registry: one statement for a page (joined to its business line), one for the count. */
@ApplicationScoped
public class JpaEstablishmentSearch implements EstablishmentSearch {

    private static final String SUMMARY = """
            select e.id, e.name, e.registration_no, e.owner_name, e.address, e.commune_id,
                   e.business_line_id, l.name_vi, l.name_en, e.risk_score, e.risk_score >= :high, e.status
            from inspection.establishment e
            join inspection.business_line l on l.id = e.business_line_id
            """;

    @PersistenceContext(unitName = "inspection")
    EntityManager em;

    protected JpaEstablishmentSearch() {}

    public JpaEstablishmentSearch(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<EstablishmentSummary> page(EstablishmentQuery query, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        Query q = em.createNativeQuery(SUMMARY + where + " order by e.risk_score desc, e.id");
        params.forEach(q::setParameter);
        q.setParameter("high", Establishment.HIGH_RISK);
        List<Object[]> rows =
                q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return rows.stream().map(JpaEstablishmentSearch::summary).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<EstablishmentSummary> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery(SUMMARY + " where e.id in (:ids) order by e.name_folded, e.id")
                .setParameter("ids", ids)
                .setParameter("high", Establishment.HIGH_RISK)
                .getResultList();
        return rows.stream().map(JpaEstablishmentSearch::summary).toList();
    }

    @Override
    public long count(EstablishmentQuery query) {
        Map<String, Object> params = new HashMap<>();
        Query q = em.createNativeQuery("select count(*) from inspection.establishment e" + where(query, params));
        params.forEach(q::setParameter);
        return ((Number) q.getSingleResult()).longValue();
    }

    private static String where(EstablishmentQuery query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        String text = Text.fold(query.text());
        if (text != null) {
            where.append(" and e.name_folded like :text");
            params.put("text", "%" + escapeLike(text) + "%");
        }
        if (query.communeId() != null) {
            where.append(" and e.commune_id = :commune");
            params.put("commune", query.communeId());
        }
        if (query.businessLineId() != null) {
            where.append(" and e.business_line_id = :line");
            params.put("line", query.businessLineId());
        }
        if (query.status() != null) {
            where.append(" and e.status = :status");
            params.put("status", query.status().name());
        }
        if (query.minRisk() != null) {
            where.append(" and e.risk_score >= :minRisk");
            params.put("minRisk", query.minRisk());
        }
        if (query.notInspectedSince() != null) {
            where.append(" and (e.last_inspected_on is null or e.last_inspected_on < :since)");
            params.put("since", query.notInspectedSince());
        }
        return where.toString();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static EstablishmentSummary summary(Object[] r) {
        return new EstablishmentSummary(
                n(r[0]),
                (String) r[1],
                (String) r[2],
                (String) r[3],
                (String) r[4],
                n(r[5]),
                null,
                n(r[6]),
                (String) r[7],
                (String) r[8],
                (int) n(r[9]),
                (Boolean) r[10],
                EstablishmentStatus.valueOf((String) r[11]));
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
