package vn.vigil.inspection.infrastructure;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Text;
import vn.vigil.inspection.api.CaseQuery;
import vn.vigil.inspection.api.CaseSummary;
import vn.vigil.inspection.api.ViolationCaseStatus;
import vn.vigil.inspection.api.ViolationRuleCode;

/**
 * The case list's query: a capped count and the page's ids read from the cases alone (see {@link ListPager}), then
 * the page's rows with their establishment's name in one statement.
 */
final class JpaCaseSearch {

    /**
     * The names a search looks in, as the expression of the trigram index violation_case_parties_trigram (violation
     * V15), written exactly as there so the index serves it: the violator's and the establishment's, folded.
     */
    static final String PARTIES =
            "(coalesce(c.violator_name_folded, '') || ' | ' || coalesce(c.establishment_name_folded, ''))";

    /** Next deadline first, cases without one last (as "infinity"), then id: index violation_case_due_key. */
    private static final ListPager.Order NEXT_DEADLINE = new ListPager.Order(
            "cases.deadline",
            "coalesce(c.due_on, cast('infinity' as date))",
            false,
            "cast(coalesce(c.due_on, cast('infinity' as date)) as text)",
            "cast(:key as date)",
            key -> "infinity".equals(key) || isDay(key),
            "c.id",
            false);

    /** Most recently detected first, then the latest id: index violation_case_detected. */
    private static final ListPager.Order DETECTED = new ListPager.Order(
            "cases.detected",
            "c.detected_on",
            true,
            "cast(c.detected_on as text)",
            "cast(:key as date)",
            JpaCaseSearch::isDay,
            "c.id",
            true);

    private static final String ROWS = "select c.id, c.visit_id, c.establishment_id, e.name, c.violator_name,"
            + " c.status, c.detected_on, c.due_rule, c.due_on, c.fine_total - c.paid_total"
            + " from violation.violation_case c left join inspection.establishment e on e.id = c.establishment_id"
            + " where c.id in (:ids)";

    private final EntityManager em;
    private final CaseQuery query;
    private final Long leadUserId;
    private final LocalDate today;
    private final StringBuilder where = new StringBuilder(" where true");
    private final Map<String, Object> parameters = new HashMap<>();

    JpaCaseSearch(EntityManager em, CaseQuery query, Long leadUserId, Set<Long> provinceCommunes, LocalDate today) {
        this.em = em;
        this.query = query;
        this.leadUserId = leadUserId;
        this.today = today;
        if (query.status() != null) {
            where.append(" and c.status = :status");
            parameters.put("status", query.status().name());
        }
        String text = Text.fold(Text.clean(query.violator()));
        if (text != null) {
            where.append(" and ").append(TextTerm.matches(PARTIES, text, "text", parameters));
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
        if (query.communeId() != null) {
            where.append(" and c.commune_id = :commune");
            parameters.put("commune", query.communeId());
        }
        if (provinceCommunes != null) {
            where.append(" and c.commune_id = any(" + TextTerm.idArray(provinceCommunes) + ")");
        }
        if (leadUserId != null) {
            where.append(" and c.visit_id in (select v.id from inspection.visit v"
                    + " join inspection.inspection_team t on t.id = v.team_id where t.lead_user_id = :lead)");
            parameters.put("lead", leadUserId);
        }
    }

    Page<CaseSummary> page(PageRequest page) {
        ListPager.Order order = query.order() == CaseQuery.CaseOrder.DETECTED ? DETECTED : NEXT_DEADLINE;
        // a cursor is the caller's own: a team lead's scope is part of the filters it belongs to
        ListPager.Slice slice = new ListPager(
                        em, "violation.violation_case c", where.toString(), parameters, order, query + "/" + leadUserId)
                .page(page, null);
        return new Page<>(
                inOrder(slice.ids()),
                slice.total(),
                slice.exact(),
                page.page(),
                page.size(),
                slice.next() == null ? null : slice.next().encode());
    }

    private List<CaseSummary> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(ROWS).setParameter("ids", ids).getResultList();
        Map<Long, CaseSummary> byId = new HashMap<>();
        rows.stream().map(r -> summary(r, today)).forEach(row -> byId.put(row.id(), row));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static boolean isDay(String key) {
        try {
            LocalDate.parse(key);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
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
