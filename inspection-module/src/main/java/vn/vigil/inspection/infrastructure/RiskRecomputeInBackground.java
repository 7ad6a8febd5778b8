package vn.vigil.inspection.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.vigil.inspection.domain.RiskWeightsAdjusted;

/**
 * Recomputes every stored risk score on the server's managed executor once new weights are committed, so the
 * administrator's request returns at once (at national scale the recompute takes tens of seconds).
 */
@ApplicationScoped
public class RiskRecomputeInBackground {

    private static final Logger LOG = Logger.getLogger(RiskRecomputeInBackground.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    Executor executor;

    @Inject
    RiskScoreRecompute recompute;

    void onWeightsAdjusted(@Observes(during = TransactionPhase.AFTER_SUCCESS) RiskWeightsAdjusted adjusted) {
        executor.execute(() -> {
            try {
                recompute.now("weights adjusted by " + adjusted.actor());
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Risk score recompute after new weights failed", e);
            }
        });
    }
}
