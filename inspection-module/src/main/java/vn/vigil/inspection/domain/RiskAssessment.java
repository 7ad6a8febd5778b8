package vn.vigil.inspection.domain;

import java.util.List;
import vn.vigil.inspection.api.RiskContribution;

/** A risk score (0–100) with the contribution of every factor; the points add up to the score unless capped. */
public record RiskAssessment(int score, List<RiskContribution> contributions) {

    public RiskAssessment {
        contributions = List.copyOf(contributions);
    }
}
