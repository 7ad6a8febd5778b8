package vn.vigil.inspection.domain;

import java.time.Duration;
import java.time.Instant;
import vn.vigil.core.api.DomainException;

/** When a visit takes place: it starts before it ends and lasts at most one working day (12 hours). */
public record VisitPeriod(Instant startsAt, Instant endsAt) {

    public static final Duration LONGEST = Duration.ofHours(12);

    public VisitPeriod {
        if (startsAt == null) {
            throw new DomainException("validation.required", "visit.startsAt");
        }
        if (endsAt == null) {
            throw new DomainException("validation.required", "visit.endsAt");
        }
        if (!startsAt.isBefore(endsAt)) {
            throw new DomainException("visit.endsBeforeStart");
        }
        if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
            throw new DomainException("visit.tooLong", LONGEST.toHours());
        }
    }

    public boolean overlaps(VisitPeriod other) {
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }
}
