package vn.vigil.inspection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Logger;
import vn.vigil.core.api.MigrationsCompleted;
import vn.vigil.inspection.domain.RiskWeights;

/**
 * Brings stored risk scores up to date when the application starts: the months since the last inspection grow
 * with time, and rows written before the scoring existed carry no computed score. One set-based statement.
 */
@ApplicationScoped
public class RiskScoresAtStartup {

    private static final Logger LOG = Logger.getLogger(RiskScoresAtStartup.class.getName());

    @Inject
    RiskWeights riskWeights;

    @Transactional
    void recompute(@Observes MigrationsCompleted event) {
        int changed = riskWeights.recomputeScores(null, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        LOG.info(() -> "Risk scores recomputed at start-up: " + changed + " changed");
    }
}
