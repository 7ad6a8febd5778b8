package vn.vigil.inspection.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.vigil.core.api.BackgroundWork;
import vn.vigil.inspection.domain.RiskWeightsAdjusted;

/**
 * Recomputes every stored risk score on the bounded background executor once new weights are committed, so the
 * administrator's request returns at once (at national scale the recompute takes tens of seconds).
 */
@ApplicationScoped
public class RiskRecomputeInBackground {

    private static final Logger LOG = Logger.getLogger(RiskRecomputeInBackground.class.getName());

    @Resource(lookup = BackgroundWork.EXECUTOR)
    Executor executor;

    @Inject
    RiskScoreRecompute recompute;

    void onWeightsAdjusted(@Observes(during = TransactionPhase.AFTER_SUCCESS) RiskWeightsAdjusted adjusted) {
        try {
            executor.execute(() -> {
                try {
                    recompute.now("weights adjusted by " + adjusted.actor());
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "Risk score recompute after new weights failed", e);
                }
            });
        } catch (RejectedExecutionException full) {
            LOG.warning("Risk score recompute after new weights not started: the background executor is full;"
                    + " tonight's recompute applies the new weights");
        }
    }
}
