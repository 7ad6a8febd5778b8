package vn.vigil.inspection.api;

import java.io.Serializable;

/**
 * How much one factor adds to a risk score: {@code points} = weight × min(value, saturation) / saturation, rounded
 * half up. {@code value} is null for the inspection gap of an establishment never inspected (counted as saturated).
 */
public record RiskContribution(RiskFactor factor, Integer value, int weight, int saturation, int points)
        implements Serializable {}
