package vn.vigil.core.api.unit;

import java.io.Serializable;
import java.time.LocalDate;

/** An administrative unit as screens and the API show it. */
public record AdminUnitView(
        long id,
        String code,
        String name,
        UnitLevel level,
        UnitKind kind,
        Long parentId,
        String parentName,
        LocalDate validFrom,
        LocalDate validTo,
        Long successorId,
        String successorName,
        long version)
        implements Serializable {

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
