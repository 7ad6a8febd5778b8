package vn.vigil.inspection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.vigil.core.api.PageRequest;
import vn.vigil.inspection.api.CampaignKind;
import vn.vigil.inspection.api.PlanProgress;
import vn.vigil.inspection.api.PlanQuery;
import vn.vigil.inspection.api.PlanStatus;
import vn.vigil.inspection.api.PlanSummary;
import vn.vigil.inspection.api.TargetSelection;
import vn.vigil.inspection.domain.InspectionPlan;
import vn.vigil.inspection.domain.PlanRepository;

@ApplicationScoped
public class JpaPlanRepository implements PlanRepository {

    /** Target establishments of plan {@code p} last inspected within its period. */
    private static final String INSPECTED_TARGETS = """
            (select count(*) from inspection.inspection_plan_target t
               join inspection.establishment e on e.id = t.establishment_id
              where t.plan_id = p.id and e.last_inspected_on between p.period_from and p.period_until)
            """;

    /** Unannounced visits of plan {@code p} that were signed off. */
    private static final String UNANNOUNCED_SIGNED_OFF = """
            (select count(*) from inspection.visit v
              where v.plan_id = p.id and v.kind = 'UNANNOUNCED' and v.status = 'SIGNED_OFF')
            """;

    private static final String FIX_BY_RISK = """
            insert into inspection.inspection_plan_target (plan_id, establishment_id)
            select :plan, e.id from inspection.establishment e
             where e.status = 'OPERATING' and e.risk_score >= :minRisk
               and (not exists (select 1 from inspection.inspection_plan_commune c where c.plan_id = :plan)
                    or e.commune_id in (select c.commune_id from inspection.inspection_plan_commune c
                                         where c.plan_id = :plan))
               and (not exists (select 1 from inspection.inspection_plan_line l where l.plan_id = :plan)
                    or e.business_line_id in (select l.business_line_id from inspection.inspection_plan_line l
                                               where l.plan_id = :plan))
            """;

    private static final String FIX_CHOSEN = """
            insert into inspection.inspection_plan_target (plan_id, establishment_id)
            select c.plan_id, c.establishment_id from inspection.inspection_plan_chosen c where c.plan_id = :plan
            """;

    @PersistenceContext(unitName = "inspection")
    EntityManager em;

    protected JpaPlanRepository() {}

    public JpaPlanRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public InspectionPlan add(InspectionPlan plan) {
        em.persist(plan);
        return plan;
    }

    @Override
    public Optional<InspectionPlan> find(long id) {
        return Optional.ofNullable(em.find(InspectionPlan.class, id));
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public boolean numberTaken(int year, String numberKey, Long exceptId) {
        return !em.createQuery(
                        "select p.id from InspectionPlan p where p.year = :year and p.numberKey = :key"
                                + " and (:except is null or p.id <> :except)",
                        Long.class)
                .setParameter("year", year)
                .setParameter("key", numberKey)
                .setParameter("except", exceptId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public long countEstablishments(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(e) from Establishment e where e.id in :ids", Long.class)
                .setParameter("ids", ids)
                .getSingleResult();
    }

    @Override
    public long countBusinessLines(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(l) from BusinessLine l where l.id in :ids", Long.class)
                .setParameter("ids", ids)
                .getSingleResult();
    }

    @Override
    public int fixTargets(InspectionPlan plan) {
        if (plan.targetSelection() == TargetSelection.BY_RISK) {
            return em.createNativeQuery(FIX_BY_RISK)
                    .setParameter("plan", plan.id())
                    .setParameter("minRisk", plan.minRisk())
                    .executeUpdate();
        }
        return em.createNativeQuery(FIX_CHOSEN).setParameter("plan", plan.id()).executeUpdate();
    }

    @Override
    public PlanProgress progressOf(InspectionPlan plan) {
        Object[] counts = (Object[]) em.createNativeQuery("select " + INSPECTED_TARGETS + ", " + UNANNOUNCED_SIGNED_OFF
                        + " from inspection.inspection_plan p where p.id = :plan")
                .setParameter("plan", plan.id())
                .getSingleResult();
        return new PlanProgress(
                plan.id(),
                plan.targetCount(),
                ((Number) counts[0]).intValue(),
                plan.coverageTargetPercent(),
                ((Number) counts[1]).intValue(),
                plan.minUnannouncedVisits(),
                true);
    }

    @Override
    public List<PlanSummary> page(PlanQuery query, PageRequest page) {
        List<?> rows = em.createNativeQuery(
                        "select p.id, p.plan_number, p.title, p.campaign, p.status, p.period_from, p.period_until,"
                                + " p.target_count, p.coverage_target_percent, p.min_unannounced_visits, "
                                + INSPECTED_TARGETS
                                + ", "
                                + UNANNOUNCED_SIGNED_OFF
                                + " from inspection.inspection_plan p"
                                + " where cast(:status as varchar) is null or p.status = cast(:status as varchar)"
                                + " order by p.period_from desc, p.id desc limit :limit offset :offset")
                .setParameter(
                        "status", query.status() == null ? null : query.status().name())
                .setParameter("limit", page.size())
                .setParameter("offset", page.offset())
                .getResultList();
        return rows.stream().map(row -> summary((Object[]) row)).toList();
    }

    @Override
    public long count(PlanQuery query) {
        return em.createQuery(
                        "select count(p) from InspectionPlan p where :status is null or p.status = :status", Long.class)
                .setParameter("status", query.status())
                .getSingleResult();
    }

    private static PlanSummary summary(Object[] r) {
        long id = ((Number) r[0]).longValue();
        return new PlanSummary(
                id,
                (String) r[1],
                (String) r[2],
                CampaignKind.valueOf((String) r[3]),
                PlanStatus.valueOf((String) r[4]),
                day(r[5]),
                day(r[6]),
                new PlanProgress(
                        id,
                        ((Number) r[7]).intValue(),
                        ((Number) r[10]).intValue(),
                        ((Number) r[8]).intValue(),
                        ((Number) r[11]).intValue(),
                        ((Number) r[9]).intValue(),
                        true));
    }

    private static java.time.LocalDate day(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (java.time.LocalDate) value;
    }
}
