package vn.vigil.victim.api;

import java.time.LocalDate;

/** A provincial rate for one item of a support type, valid from a day until a day (or open-ended). */
public record RateCommand(
        String supportType,
        String item,
        String nameVi,
        String nameEn,
        RateUnit unit,
        Long amount,
        Integer maxUnits,
        LocalDate validFrom,
        LocalDate validUntil) {}
