package vn.vigil.inspection.api;

import java.util.List;

/**
 * The weights of the risk score's factors, which administrators change. Saving new weights recomputes every
 * establishment's stored score at once.
 */
public interface RiskWeightSettings {

    /** The weight of every factor, in the order of {@link RiskFactor}. */
    List<RiskWeightView> weights();

    /**
     * Saves the given weights (each with the version that was read) and recomputes all scores; returns how many
     * establishments' scores changed.
     */
    int adjust(List<RiskWeightView> weights);
}
