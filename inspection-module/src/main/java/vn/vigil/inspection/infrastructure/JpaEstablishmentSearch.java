package vn.vigil.inspection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Text;
import vn.vigil.inspection.api.EstablishmentQuery;
import vn.vigil.inspection.api.EstablishmentStatus;
import vn.vigil.inspection.api.EstablishmentSummary;
import vn.vigil.inspection.domain.Establishment;
import vn.vigil.inspection.domain.EstablishmentSearch;

/**
 * Native SQL over the registry: a capped count and the page's ids (see {@link ListPager}), then the page's rows
 * joined to their business line in one statement.
 */
@ApplicationScoped
public class JpaEstablishmentSearch implements EstablishmentSearch {

    private static final String SUMMARY = """
            select e.id, e.name, e.registration_no, e.owner_name, e.address, e.commune_id,
                   e.business_line_id, l.name_vi, l.name_en, e.risk_score, e.risk_score >= :high, e.status
            from inspection.establishment e
            join inspection.business_line l on l.id = e.business_line_id
            """;

    /**
     * What the search box looks in: trade name, owner's name and address, folded, as the expression of the trigram
     * index establishment_search_trigram (inspection V8), written exactly as there so the index serves it.
     */
    static final String SEARCHED_TEXT =
            "(e.name_folded || ' | ' || coalesce(e.owner_name_folded, '') || ' | ' || e.address_folded)";

    /** Highest risk first, then id: the order of the indexes (…, risk_score desc, id). */
    private static final ListPager.Order ORDER = new ListPager.Order(
            "establishments",
            "e.risk_score",
            true,
            "cast(e.risk_score as text)",
            "cast(:key as integer)",
            JpaEstablishmentSearch::isRiskScore,
            "e.id",
            false);

    @PersistenceContext(unitName = "inspection")
    EntityManager em;

    protected JpaEstablishmentSearch() {}

    public JpaEstablishmentSearch(EntityManager em) {
        this.em = em;
    }

    @Override
    public Page<EstablishmentSummary> search(EstablishmentQuery query, Set<Long> provinceCommunes, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, provinceCommunes, params);
        ListPager.Slice slice = new ListPager(em, "inspection.establishment e", where, params, ORDER, query)
                .page(
                        page,
                        walksPerCommune(query)
                                ? ListPager.Walk.perCommune("e.commune_id", TextTerm.idArray(provinceCommunes))
                                : null);
        return new Page<>(
                inOrder(slice.ids()),
                slice.total(),
                slice.exact(),
                page.page(),
                page.size(),
                slice.next() == null ? null : slice.next().encode());
    }

    /**
     * A province's establishments by risk come fastest commune by commune from (commune, risk, id) — or (commune,
     * line, risk, id) — when nothing else filters them; other filters keep the plain walk of the risk order.
     */
    private static boolean walksPerCommune(EstablishmentQuery query) {
        return query.provinceId() != null
                && query.communeId() == null
                && query.text() == null
                && query.status() == null
                && query.notInspectedSince() == null;
    }

    @SuppressWarnings("unchecked")
    private List<EstablishmentSummary> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery(SUMMARY + " where e.id in (:ids)")
                .setParameter("ids", ids)
                .setParameter("high", Establishment.HIGH_RISK)
                .getResultList();
        Map<Long, EstablishmentSummary> byId = new HashMap<>();
        rows.stream().map(JpaEstablishmentSearch::summary).forEach(row -> byId.put(row.id(), row));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
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

    private static String where(EstablishmentQuery query, Set<Long> provinceCommunes, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        if (query.text() != null) {
            // the trade name, the owner's name or the address (one trigram index over the three), or the
            // registration number exactly (its unique index)
            where.append(" and (")
                    .append(TextTerm.matches(SEARCHED_TEXT, Text.fold(query.text()), "text", params))
                    .append(" or e.registration_no = :registration)");
            params.put("registration", query.text());
        }
        if (query.communeId() != null) {
            where.append(" and e.commune_id = :commune");
            params.put("commune", query.communeId());
        }
        if (provinceCommunes != null) {
            where.append(" and e.commune_id = any(")
                    .append(TextTerm.idArray(provinceCommunes))
                    .append(')');
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

    private static boolean isRiskScore(String key) {
        try {
            int risk = Integer.parseInt(key);
            return risk >= 0 && risk <= 100;
        } catch (NumberFormatException e) {
            return false;
        }
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
