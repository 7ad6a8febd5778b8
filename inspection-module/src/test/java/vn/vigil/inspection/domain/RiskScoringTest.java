package vn.vigil.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vigil.inspection.api.RiskContribution;
import vn.vigil.inspection.api.RiskFactor;
import vn.vigil.inspection.api.RiskWeightView;

class RiskScoringTest {

    static final LocalDate TODAY = LocalDate.of(2026, 7, 30);

    static final List<RiskWeightView> SEED = List.of(
            new RiskWeightView(RiskFactor.BUSINESS_LINE, 40, 100, 0),
            new RiskWeightView(RiskFactor.VIOLATIONS, 20, 10, 0),
            new RiskWeightView(RiskFactor.TIPS, 15, 5, 0),
            new RiskWeightView(RiskFactor.INDICATORS, 15, 3, 0),
            new RiskWeightView(RiskFactor.INSPECTION_GAP, 10, 24, 0));

    @ParameterizedTest(name = "line {0}, violations {1}, tips {2}, indicators {3}, last inspected {4} -> {5}")
    @CsvSource(
            nullValues = "never",
            value = {
                // line, violations, tips, indicators, last inspected, score
                "0,   0,  0, 0, 2026-07-30, 0",
                "85,  0,  0, 0, 2026-07-30, 34", // 40 × 0.85
                "85,  0,  0, 0, never,      44", // never inspected: the full gap weight
                "95,  10, 5, 3, never,      98", // 38 + 20 + 15 + 15 + 10
                "100, 99, 9, 9, never,      100", // saturated everywhere
                "50,  5,  1, 1, 2025-07-30, 43", // 20 + 10 + 3 + 5 + 5 (12 months)
                "50,  0,  0, 0, 2026-06-30, 20", // one month: 10 / 24 = 0.4, rounds down
                "50,  0,  0, 0, 2026-05-30, 21", // two months: 0.83, rounds up
                "60,  1,  0, 0, 2026-07-31, 26", // last inspection after today counts as 0 months
            })
    void scoresAreTheRoundedSumOfTheFactors(
            int line, int violations, int tips, int indicators, LocalDate lastInspected, int score) {
        RiskAssessment assessment =
                new RiskScoring(SEED).assess(new RiskInputs(line, violations, tips, indicators, lastInspected), TODAY);

        assertThat(assessment.score()).isEqualTo(score);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-01-31, 2026-02-28, 0",
        "2026-01-31, 2026-03-01, 1",
        "2025-07-30, 2026-07-30, 12",
        "2026-07-29, 2026-07-30, 0"
    })
    void monthsAreWholeCalendarMonths(LocalDate from, LocalDate to, int months) {
        assertThat(RiskScoring.monthsBetween(from, to)).isEqualTo(months);
    }

    @org.junit.jupiter.api.Test
    void theExplanationListsEveryFactorWithItsValueAndPoints() {
        RiskAssessment assessment = new RiskScoring(SEED).assess(new RiskInputs(70, 4, 2, 0, null), TODAY);

        assertThat(assessment.contributions())
                .containsExactly(
                        new RiskContribution(RiskFactor.BUSINESS_LINE, 70, 40, 100, 28),
                        new RiskContribution(RiskFactor.VIOLATIONS, 4, 20, 10, 8),
                        new RiskContribution(RiskFactor.TIPS, 2, 15, 5, 6),
                        new RiskContribution(RiskFactor.INDICATORS, 0, 15, 3, 0),
                        new RiskContribution(RiskFactor.INSPECTION_GAP, null, 10, 24, 10));
        assertThat(assessment.score()).isEqualTo(52);
    }
}
