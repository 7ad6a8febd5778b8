package vn.vigil.victim.api;

import java.io.Serializable;
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
        LocalDate validUntil)
        implements Serializable {

    /**
     * The amount this rate proposes for a period (daily rate: its days) or a number of months (monthly rate); a
     * one-off rate proposes itself. Null when what the unit needs is missing.
     */
    public Long proposedFor(LocalDate from, LocalDate until, Integer months) {
        return switch (unit) {
            case ONE_OFF -> amount;
            case PER_MONTH -> months == null || months <= 0 ? null : amount * months;
            case PER_DAY ->
                from == null || until == null || until.isBefore(from)
                        ? null
                        : amount * (java.time.temporal.ChronoUnit.DAYS.between(from, until) + 1);
        };
    }

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }
}
