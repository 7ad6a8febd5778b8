package vn.vigil.inspection.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.vigil.inspection.api.RiskFactor;

/** The configured risk factor weights, and the set-based recompute of stored scores when they change. */
public interface RiskWeights {

    List<RiskFactorWeight> list();

    Optional<RiskFactorWeight> find(RiskFactor factor);

    /**
     * Recomputes, in one SQL statement, the stored risk score of every establishment (or only those of one
     * business line) with the same formula as {@link RiskScoring}; returns how many scores changed.
     */
    int recomputeScores(Long businessLineId, LocalDate today);

    /** Recomputes the stored risk score of one establishment; returns 1 if it changed, else 0. */
    int recomputeScoreOf(long establishmentId, LocalDate today);
}
