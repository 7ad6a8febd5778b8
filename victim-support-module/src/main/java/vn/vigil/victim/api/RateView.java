package vn.vigil.victim.api;

import java.time.LocalDate;

public record RateView(
        long id,
        long version,
        String supportType,
        String item,
        String nameVi,
        String nameEn,
        RateUnit unit,
        long amount,
        Integer maxUnits,
        LocalDate validFrom,
        LocalDate validUntil) {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }
}
