package vn.vigil.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.VisitKind;
import vn.vigil.inspection.api.VisitStatus;

/** When a visit takes place, and what overlapping means for double booking. */
class VisitPeriodTest {

    static final Instant EIGHT = Instant.parse("2026-12-02T01:00:00Z");

    @Test
    void periodsOverlapWhenEachStartsBeforeTheOtherEnds() {
        VisitPeriod morning = hours(0, 3);

        assertThat(morning.overlaps(hours(2, 4))).isTrue();
        assertThat(morning.overlaps(hours(1, 2))).isTrue();
        assertThat(hours(1, 2).overlaps(morning)).isTrue();
        assertThat(morning.overlaps(hours(-1, 0)))
                .as("one ends when the other starts")
                .isFalse();
        assertThat(morning.overlaps(hours(3, 5))).isFalse();
    }

    @Test
    void aPeriodEndsAfterItStartsAndLastsAtMostTwelveHours() {
        assertThatThrownBy(() -> hours(3, 3))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("visit.endsBeforeStart");
        assertThatThrownBy(() -> hours(0, 13))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("visit.tooLong");
    }

    @Test
    void aRescheduledVisitMovesItsPeopleAndACancelledOneKeepsItsReason() {
        Visit visit = new Visit(1, 2, 3, null, VisitKind.UNANNOUNCED, hours(0, 3), List.of(new Seat(10, 1)));
        visit.reschedule(hours(4, 6));
        assertThat(visit.period()).isEqualTo(hours(4, 6));

        visit.cancel("  Cơ sở tạm ngừng kinh doanh ");
        assertThat(visit.status()).isEqualTo(VisitStatus.CANCELLED);
        assertThat(visit.cancelReason()).isEqualTo("Cơ sở tạm ngừng kinh doanh");
        assertThatThrownBy(() -> visit.reschedule(hours(0, 1)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("visit.notScheduled");
    }

    static VisitPeriod hours(int from, int until) {
        return new VisitPeriod(EIGHT.plusSeconds(3600L * from), EIGHT.plusSeconds(3600L * until));
    }
}
