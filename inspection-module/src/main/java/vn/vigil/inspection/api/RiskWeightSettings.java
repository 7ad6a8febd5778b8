package vn.vigil.inspection.api;

import java.util.List;

/**
 * The weights of the risk score's factors, which administrators change. Saving new weights starts a background
 * recompute of every establishment's stored score (tens of seconds at national scale).
 */
public interface RiskWeightSettings {

    /** The weight of every factor, in the order of {@link RiskFactor}. */
    List<RiskWeightView> weights();

    /**
     * Saves the given weights (each with the version that was read); once they are committed, every score is
     * recomputed in the background.
     */
    void adjust(List<RiskWeightView> weights);
}
