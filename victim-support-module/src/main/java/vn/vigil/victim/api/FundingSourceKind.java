package vn.vigil.victim.api;

/** State budget (by year), a national target programme, or a donor. */
public enum FundingSourceKind {
    STATE_BUDGET,
    NATIONAL_PROGRAMME,
    DONOR
}
