package vn.vigil.reporting.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.vigil.core.api.DomainException;

/** Days {@code from} to {@code until}, both included. */
public record Period(LocalDate from, LocalDate until) implements Serializable {

    /** The longest period a figure may cover: ten years. */
    public static final int MAX_DAYS = 3660;

    public Period {
        if (from == null || until == null) {
            throw new DomainException("reporting.period.missing");
        }
        if (until.isBefore(from)) {
            throw new DomainException("reporting.period.endBeforeStart", from, until);
        }
        if (ChronoUnit.DAYS.between(from, until) >= MAX_DAYS) {
            throw new DomainException("reporting.period.tooLong", MAX_DAYS / 366);
        }
    }

    /** The same days one year earlier (29 February falls on 28 February). */
    public Period yearBefore() {
        return new Period(from.minusYears(1), until.minusYears(1));
    }

    /** The peak campaign of a year: 1 July to 30 September. */
    public static Period peakCampaign(int year) {
        return new Period(LocalDate.of(year, 7, 1), LocalDate.of(year, 9, 30));
    }
}
