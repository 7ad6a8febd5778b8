package vn.vigil.inspection.api;

/** A risk factor's configured weight (the most points it can add) and the value at which it reaches it. */
public record RiskWeightView(RiskFactor factor, int weight, int saturation, long version) {}
