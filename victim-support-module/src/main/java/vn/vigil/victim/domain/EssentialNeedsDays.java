package vn.vigil.victim.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Days of essential-needs support on a case: the calendar days covered by its (not cancelled) requests, each day
 * counted once however many requests cover it (shelter and meals on the same day are one day of support).
 */
public final class EssentialNeedsDays {

    public record Period(LocalDate from, LocalDate until) {}

    private EssentialNeedsDays() {}

    public static int covered(Collection<Period> periods) {
        return days(periods).size();
    }

    /** The days covered once {@code added} joins {@code periods}. */
    public static int coveredWith(Collection<Period> periods, Period added) {
        Set<LocalDate> days = days(periods);
        added.from().datesUntil(added.until().plusDays(1)).forEach(days::add);
        return days.size();
    }

    private static Set<LocalDate> days(Collection<Period> periods) {
        Set<LocalDate> days = new HashSet<>();
        for (Period p : periods) {
            p.from().datesUntil(p.until().plusDays(1)).forEach(days::add);
        }
        return days;
    }
}
