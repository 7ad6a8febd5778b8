package vn.vigil.victim.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vigil.victim.domain.EssentialNeedsDays.Period;

class EssentialNeedsDaysTest {

    static Period p(int fromDay, int untilDay) {
        LocalDate start = LocalDate.of(2026, 1, 1);
        return new Period(start.plusDays(fromDay - 1), start.plusDays(untilDay - 1));
    }

    @Test
    void countsEachCoveredDayOnce() {
        assertThat(EssentialNeedsDays.covered(List.of())).isZero();
        assertThat(EssentialNeedsDays.covered(List.of(p(1, 30)))).isEqualTo(30);
        assertThat(EssentialNeedsDays.covered(List.of(p(1, 30), p(10, 40)))).isEqualTo(40);
        assertThat(EssentialNeedsDays.covered(List.of(p(1, 10), p(21, 30)))).isEqualTo(20);
    }

    @Test
    void addsAPeriodToThoseAlreadyCovered() {
        assertThat(EssentialNeedsDays.coveredWith(List.of(p(1, 100)), p(90, 130)))
                .isEqualTo(130);
        assertThat(EssentialNeedsDays.coveredWith(List.of(p(1, 100)), p(1, 100)))
                .isEqualTo(100);
    }
}
