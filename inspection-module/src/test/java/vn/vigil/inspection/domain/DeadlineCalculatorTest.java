package vn.vigil.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.RuleUnit;

/** Every kind of statutory period across weekends, Tết, 30/4–1/5, Hùng Kings' day, 2/9 and the year end. */
class DeadlineCalculatorTest {

    final DeadlineCalculator calculator = new DeadlineCalculator(new VietnamHolidays2026());

    @ParameterizedTest(name = "{0}: {1} + {2} {3} = {4}")
    @CsvSource(delimiter = '|', textBlock = """
            record, Monday                         | 2026-03-02 |  2 | WORKING_DAYS | 2026-03-04
            record, Thursday over the weekend      | 2026-03-05 |  2 | WORKING_DAYS | 2026-03-09
            record, Friday over the weekend        | 2026-03-06 |  2 | WORKING_DAYS | 2026-03-10
            record, found on a Saturday            | 2026-03-07 |  2 | WORKING_DAYS | 2026-03-10
            record, found on a Sunday              | 2026-03-08 |  2 | WORKING_DAYS | 2026-03-10
            appraisal, over the weekend            | 2026-03-05 |  3 | WORKING_DAYS | 2026-03-10
            complex, a whole week                  | 2026-03-02 |  5 | WORKING_DAYS | 2026-03-09
            record, the Friday before Tết          | 2026-02-13 |  2 | WORKING_DAYS | 2026-02-24
            decision, across Tết                   | 2026-02-12 |  7 | WORKING_DAYS | 2026-03-02
            decision referred, across Tết          | 2026-02-12 | 10 | WORKING_DAYS | 2026-03-05
            record, found during Tết               | 2026-02-18 |  2 | WORKING_DAYS | 2026-02-24
            delivery, before 30/4 and 1/5          | 2026-04-29 |  2 | WORKING_DAYS | 2026-05-05
            appraisal, Hùng Kings' day moved       | 2026-04-24 |  3 | WORKING_DAYS | 2026-05-04
            decision, over 27/4, 30/4 and 1/5      | 2026-04-23 |  7 | WORKING_DAYS | 2026-05-07
            delivery, over National Day            | 2026-08-31 |  2 | WORKING_DAYS | 2026-09-04
            police return, over National Day       | 2026-08-28 |  3 | WORKING_DAYS | 2026-09-04
            record, across the year end            | 2026-12-30 |  2 | WORKING_DAYS | 2027-01-04
            decision, across the year end          | 2026-12-24 |  7 | WORKING_DAYS | 2027-01-05
            decision referred, from New Year's Eve | 2026-12-31 | 10 | WORKING_DAYS | 2027-01-15
            nothing to count                       | 2026-03-04 |  0 | WORKING_DAYS | 2026-03-04
            payment, ends on a weekday             | 2026-03-02 | 10 | DAYS         | 2026-03-12
            payment, ends on a Saturday            | 2026-03-04 | 10 | DAYS         | 2026-03-16
            payment, ends on Tết                   | 2026-02-06 | 10 | DAYS         | 2026-02-23
            payment, ends on 30/4                  | 2026-04-20 | 10 | DAYS         | 2026-05-04
            payment, ends on New Year's Day        | 2026-12-22 | 10 | DAYS         | 2027-01-04
            complaint, 90 days end on a Sunday     | 2026-01-05 | 90 | DAYS         | 2026-04-06
            complaint, across the year end         | 2026-11-02 | 90 | DAYS         | 2027-02-01
            after return, ends on National Day     | 2026-08-03 | 30 | DAYS         | 2026-09-03
            after return verified, 45 days         | 2026-03-02 | 45 | DAYS         | 2026-04-16
            explanation, one month to a weekday    | 2026-03-16 |  1 | MONTHS       | 2026-04-16
            explanation, 31 January to February    | 2026-01-31 |  1 | MONTHS       | 2026-03-02
            explanation, one month onto Tết        | 2026-01-16 |  1 | MONTHS       | 2026-02-23
            serious, two months over the year end  | 2026-12-31 |  2 | MONTHS       | 2027-03-01
            limitation, one year onto 1/5          | 2025-05-01 | 12 | MONTHS       | 2026-05-04
            limitation, two years from 29 February | 2024-02-29 | 24 | MONTHS       | 2026-03-02
            limitation, one year onto 2/9          | 2025-09-02 | 12 | MONTHS       | 2026-09-03
            """)
    void computesTheDueDate(String rule, LocalDate start, int amount, RuleUnit unit, LocalDate expected) {
        assertThat(calculator.due(start, new RulePeriod(amount, unit))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} to {1}: {2} days left")
    @CsvSource({
        "2026-03-02, 2026-03-04, 2",
        "2026-03-04, 2026-03-04, 0",
        "2026-03-05, 2026-03-04, -1",
        "2026-12-30, 2027-01-04, 5"
    })
    void countsCalendarDaysLeft(LocalDate today, LocalDate due, long expected) {
        assertThat(DeadlineCalculator.daysLeft(today, due)).isEqualTo(expected);
    }

    @Test
    void anAmountIsNotAPeriod() {
        assertThatThrownBy(() -> new RulePeriod(250_000, RuleUnit.VND))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("violationRule.notAPeriod");
    }
}
