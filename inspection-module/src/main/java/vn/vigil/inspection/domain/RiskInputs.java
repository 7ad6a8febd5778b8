package vn.vigil.inspection.domain;

import java.time.LocalDate;

/**
 * What an establishment's risk score is computed from: its business line's risk weight (0–100), points of past
 * violations weighted by severity, tips and complaints received, trafficking indicators seen at earlier visits,
 * and the day it was last inspected (null: never).
 */
public record RiskInputs(
        int businessLineWeight, int violationPoints, int tipCount, int indicatorCount, LocalDate lastInspectedOn) {}
