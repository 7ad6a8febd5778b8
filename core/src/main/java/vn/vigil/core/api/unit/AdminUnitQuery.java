package vn.vigil.core.api.unit;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Filter for the unit list. Every part is optional: {@code text} matches code or name without diacritics,
 * {@code validOn} keeps units in force on that day (null: all of history).
 */
public record AdminUnitQuery(String text, UnitLevel level, Long parentId, LocalDate validOn) implements Serializable {

    public static AdminUnitQuery all() {
        return new AdminUnitQuery(null, null, null, null);
    }
}
