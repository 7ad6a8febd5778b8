package vn.vigil.inspection.domain;

/** Administrators saved new risk factor weights: every stored score is due for a recompute once that commits. */
public record RiskWeightsAdjusted(String actor) {}
