package vn.vigil.inspection.api;

/** The factors of an establishment's risk score; each adds up to its configured weight in points. */
public enum RiskFactor {
    /** The business line's own risk weight (0–100). */
    BUSINESS_LINE,
    /** Points of past violations, weighted by severity. */
    VIOLATIONS,
    /** Tips and complaints received. */
    TIPS,
    /** Trafficking indicators seen at earlier visits. */
    INDICATORS,
    /** Whole months since the last inspection; never inspected counts as the saturation value. */
    INSPECTION_GAP
}
