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
 * Weights through JPA; the recompute is the database function {@code inspection.recompute_risk_scores} (migration
 * V7), one UPDATE joining each establishment to its business line and the weights, so 300,000 rows take seconds.
 * Formula as in {@code RiskScoring}; the national data set generator calls the same function.
 */
@ApplicationScoped
public class JpaRiskWeights implements RiskWeights {

    private static final String RECOMPUTE =
            "select inspection.recompute_risk_scores(cast(:line as bigint), cast(:one as bigint), cast(:today as date))";

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
        return ((Number) em.createNativeQuery(RECOMPUTE)
                        .setParameter("line", businessLineId)
                        .setParameter("one", establishmentId)
                        .setParameter("today", today)
                        .getSingleResult())
                .intValue();
    }
}
