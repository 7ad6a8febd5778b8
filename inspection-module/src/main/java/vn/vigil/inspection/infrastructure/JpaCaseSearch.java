package vn.vigil.inspection.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Text;
import vn.vigil.inspection.api.CaseQuery;
import vn.vigil.inspection.api.CaseSummary;
import vn.vigil.inspection.api.ViolationCaseStatus;
import vn.vigil.inspection.api.ViolationRuleCode;

/** The case list's query: one statement per page (the establishment's name joined in) and a count alike. */
final class JpaCaseSearch {

    private static final String FROM = " from violation.violation_case c";

    /** The establishment is joined for its name only: no filter needs it, so the count reads the cases alone. */
    private static final String SELECT = "select c.id, c.visit_id, c.establishment_id, e.name, c.violator_name,"
            + " c.status, c.detected_on, c.due_rule, c.due_on, c.fine_total - c.paid_total" + FROM
            + " left join inspection.establishment e on e.id = c.establishment_id";

    private final EntityManager em;
    private final StringBuilder where = new StringBuilder(" where true");
    private final Map<String, Object> parameters = new HashMap<>();

    JpaCaseSearch(EntityManager em, CaseQuery query, Long leadUserId, LocalDate today) {
        this.em = em;
        if (query.status() != null) {
            where.append(" and c.status = :status");
            parameters.put("status", query.status().name());
        }
        String text = Text.fold(Text.clean(query.violator()));
        if (text != null) {
            // establishments by their own trigram index first, so a common word does not join every establishment
            where.append(" and (c.violator_name_folded like :text or c.establishment_id = any(array("
                    + "select n.id from inspection.establishment n where n.name_folded like :text)))");
            parameters.put(
                    "text", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.detectedFrom() != null) {
            where.append(" and c.detected_on >= :from");
            parameters.put("from", query.detectedFrom());
        }
        if (query.detectedTo() != null) {
            where.append(" and c.detected_on <= :to");
            parameters.put("to", query.detectedTo());
        }
        if (query.overdueOnly()) {
            where.append(" and c.due_on < :today");
            parameters.put("today", today);
        }
        if (leadUserId != null) {
            where.append(" and c.visit_id in (select v.id from inspection.visit v"
                    + " join inspection.inspection_team t on t.id = v.team_id where t.lead_user_id = :lead)");
            parameters.put("lead", leadUserId);
        }
    }

    List<CaseSummary> page(LocalDate today, CaseQuery.CaseOrder order, PageRequest page) {
        String orderBy = order == CaseQuery.CaseOrder.DETECTED
                ? " order by c.detected_on desc, c.id desc"
                : " order by c.due_on nulls last, c.id";
        Query query = bind(em.createNativeQuery(SELECT + where + orderBy))
                .setFirstResult(page.offset())
                .setMaxResults(page.size());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> summary(r, today)).toList();
    }

    long count() {
        return ((Number) bind(em.createNativeQuery("select count(*)" + FROM + where))
                        .getSingleResult())
                .longValue();
    }

    private Query bind(Query query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static CaseSummary summary(Object[] r, LocalDate today) {
        LocalDate dueOn = day(r[8]);
        return new CaseSummary(
                ((Number) r[0]).longValue(),
                r[1] == null ? null : ((Number) r[1]).longValue(),
                r[2] == null ? null : ((Number) r[2]).longValue(),
                (String) r[3],
                (String) r[4],
                ViolationCaseStatus.valueOf((String) r[5]),
                day(r[6]),
                r[7] == null ? null : ViolationRuleCode.valueOf((String) r[7]),
                dueOn,
                dueOn == null ? null : ChronoUnit.DAYS.between(today, dueOn),
                ((Number) r[9]).longValue());
    }

    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
