package vn.vigil.core.api.unit;

import java.time.LocalDate;

/** What a person fills in to add or correct a unit. {@code version} is that of the record they edited. */
public record AdminUnitCommand(
        String code,
        String name,
        UnitKind kind,
        Long parentId,
        LocalDate validFrom,
        LocalDate validTo,
        Long successorId) {}
