package vn.vigil.inspection.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.vigil.inspection.api.RiskContribution;
import vn.vigil.inspection.api.RiskFactor;
import vn.vigil.inspection.api.RiskWeightView;

/**
 * Scores an establishment 0–100 from its {@link RiskInputs} and the configured weights. Each factor adds
 * weight × min(value, saturation) / saturation points, rounded half up in integers; the score is their sum, capped
 * at 100. The bulk recompute in SQL ({@code JpaRiskScores}) follows the same formula; a test holds them together.
 */
public final class RiskScoring {

    private final Map<RiskFactor, RiskWeightView> weights;

    public RiskScoring(List<RiskWeightView> configured) {
        this.weights = new EnumMap<>(RiskFactor.class);
        configured.forEach(w -> weights.put(w.factor(), w));
        for (RiskFactor factor : RiskFactor.values()) {
            if (!weights.containsKey(factor)) {
                throw new IllegalStateException("No weight configured for risk factor " + factor);
            }
        }
    }

    public RiskAssessment assess(RiskInputs inputs, LocalDate today) {
        List<RiskContribution> contributions = new ArrayList<>();
        int total = 0;
        for (RiskFactor factor : RiskFactor.values()) {
            RiskWeightView weight = weights.get(factor);
            Integer value = value(factor, inputs, today);
            int counted = value == null ? weight.saturation() : Math.min(value, weight.saturation());
            int points = (2 * weight.weight() * counted + weight.saturation()) / (2 * weight.saturation());
            contributions.add(new RiskContribution(factor, value, weight.weight(), weight.saturation(), points));
            total += points;
        }
        return new RiskAssessment(Math.min(100, total), contributions);
    }

    private static Integer value(RiskFactor factor, RiskInputs inputs, LocalDate today) {
        return switch (factor) {
            case BUSINESS_LINE -> inputs.businessLineWeight();
            case VIOLATIONS -> inputs.violationPoints();
            case TIPS -> inputs.tipCount();
            case INDICATORS -> inputs.indicatorCount();
            case INSPECTION_GAP ->
                inputs.lastInspectedOn() == null ? null : monthsBetween(inputs.lastInspectedOn(), today);
        };
    }

    /** Whole months from {@code from} to {@code to} (0 if {@code from} is later), as the SQL recompute counts them. */
    static int monthsBetween(LocalDate from, LocalDate to) {
        int months = (to.getYear() * 12 + to.getMonthValue()) - (from.getYear() * 12 + from.getMonthValue());
        if (to.getDayOfMonth() < from.getDayOfMonth()) {
            months--;
        }
        return Math.max(0, months);
    }
}
