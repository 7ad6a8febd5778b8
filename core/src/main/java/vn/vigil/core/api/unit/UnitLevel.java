package vn.vigil.core.api.unit;

/** Tier of an administrative unit. Districts exist only in history (abolished on 1 July 2025). */
public enum UnitLevel {
    PROVINCE,
    DISTRICT,
    COMMUNE,
    VILLAGE
}
