package vn.vigil.inspection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.vigil.inspection.api.RiskFactor;
import vn.vigil.inspection.domain.RiskFactorWeight;
import vn.vigil.inspection.domain.RiskWeights;

/**
 * Weights through JPA; the recompute is one UPDATE joining each establishment to its business line and the
 * weights, so 300,000 rows take seconds. Formula as in {@code RiskScoring}: per factor
 * (2 × weight × min(value, saturation) + saturation) / (2 × saturation) in integers, summed and capped at 100.
 */
@ApplicationScoped
public class JpaRiskWeights implements RiskWeights {

    private static final String RECOMPUTE = """
            update inspection.establishment e set risk_score = s.score
            from (
                select e.id, least(100,
                         (2 * w.line_w * least(l.risk_weight, 100) + 100) / 200
                       + (2 * w.violations_w * least(e.violation_points, w.violations_s) + w.violations_s) / (2 * w.violations_s)
                       + (2 * w.tips_w * least(e.tip_count, w.tips_s) + w.tips_s) / (2 * w.tips_s)
                       + (2 * w.indicators_w * least(e.indicator_count, w.indicators_s) + w.indicators_s) / (2 * w.indicators_s)
                       + (2 * w.gap_w * least(case when e.last_inspected_on is null then w.gap_s else greatest(0,
                              (extract(year from d.today)::int * 12 + extract(month from d.today)::int)
                            - (extract(year from e.last_inspected_on)::int * 12 + extract(month from e.last_inspected_on)::int)
                            - case when extract(day from d.today) < extract(day from e.last_inspected_on) then 1 else 0 end)
                           end, w.gap_s) + w.gap_s) / (2 * w.gap_s)) as score
                from inspection.establishment e
                join inspection.business_line l on l.id = e.business_line_id
                cross join (select cast(:today as date) as today) d
                cross join (
                    select max(weight) filter (where factor = 'BUSINESS_LINE') as line_w,
                           max(weight) filter (where factor = 'VIOLATIONS') as violations_w,
                           max(saturation) filter (where factor = 'VIOLATIONS') as violations_s,
                           max(weight) filter (where factor = 'TIPS') as tips_w,
                           max(saturation) filter (where factor = 'TIPS') as tips_s,
                           max(weight) filter (where factor = 'INDICATORS') as indicators_w,
                           max(saturation) filter (where factor = 'INDICATORS') as indicators_s,
                           max(weight) filter (where factor = 'INSPECTION_GAP') as gap_w,
                           max(saturation) filter (where factor = 'INSPECTION_GAP') as gap_s
                    from inspection.risk_factor_weight) w
                where (e.business_line_id = :line or :allLines) and (e.id = :one or :everyOne)
            ) s
            where s.id = e.id and e.risk_score <> s.score
            """;

    @PersistenceContext(unitName = "inspection")
    EntityManager em;

    protected JpaRiskWeights() {}

    public JpaRiskWeights(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<RiskFactorWeight> list() {
        return em.createQuery("select w from RiskFactorWeight w", RiskFactorWeight.class)
                .getResultList();
    }

    @Override
    public Optional<RiskFactorWeight> find(RiskFactor factor) {
        return Optional.ofNullable(em.find(RiskFactorWeight.class, factor));
    }

    @Override
    public int recomputeScores(Long businessLineId, LocalDate today) {
        return recompute(businessLineId, null, today);
    }

    @Override
    public int recomputeScoreOf(long establishmentId, LocalDate today) {
        return recompute(null, establishmentId, today);
    }

    private int recompute(Long businessLineId, Long establishmentId, LocalDate today) {
        em.flush();
        return em.createNativeQuery(RECOMPUTE)
                .setParameter("today", today)
                .setParameter("line", businessLineId == null ? -1L : businessLineId)
                .setParameter("allLines", businessLineId == null)
                .setParameter("one", establishmentId == null ? -1L : establishmentId)
                .setParameter("everyOne", establishmentId == null)
                .executeUpdate();
    }
}
