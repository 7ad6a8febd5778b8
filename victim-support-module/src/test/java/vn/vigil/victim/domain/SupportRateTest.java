package vn.vigil.victim.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Money;
import vn.vigil.victim.api.RateCommand;
import vn.vigil.victim.api.RateUnit;

/** Rates: quantities per unit, the most a request may ask, validity. Sample figures of one province. */
class SupportRateTest {

    static final LocalDate FROM = LocalDate.of(2025, 7, 1);

    static SupportRate meals() {
        return new SupportRate(
                new RateCommand("a", "meals", "Tiền ăn", "Meals", RateUnit.PER_DAY, 60_000L, 90, FROM, null));
    }

    @Test
    void aDailyRateCountsTheDaysOfThePeriodBothEndsIncluded() {
        SupportRate meals = meals();
        int days = meals.quantity(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 30), null);
        assertThat(days).isEqualTo(30);
        assertThat(meals.ceiling(days)).isEqualTo(Money.ofDong(1_800_000));
        assertThat(meals.item()).isEqualTo("MEALS");
    }

    @Test
    void aDailyRateRefusesMoreDaysThanItsMaximum() {
        assertThatThrownBy(() -> meals().quantity(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1), null))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("funds.rate.tooManyUnits");
    }

    @Test
    void aDailyRateNeedsAPeriod() {
        assertThatThrownBy(() -> meals().quantity(null, null, 3)).hasMessageContaining("funds.request.periodRequired");
    }

    @Test
    void aOneOffRateIsOneUnitWhateverTheDays() {
        SupportRate clothing = new SupportRate(
                new RateCommand("a", "CLOTHING", "Quần áo", "Clothing", RateUnit.ONE_OFF, 500_000L, null, FROM, null));
        assertThat(clothing.quantity(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 30), null))
                .isEqualTo(1);
        assertThat(clothing.ceiling(1)).isEqualTo(Money.ofDong(500_000));
    }

    @Test
    void aMonthlyRateCountsTheMonthsGiven() {
        SupportRate monthly = new SupportRate(
                new RateCommand("h", "TUITION", "Học phí", "Tuition", RateUnit.PER_MONTH, 1_000_000L, 9, FROM, null));
        assertThat(monthly.quantity(null, null, 4)).isEqualTo(4);
        assertThatThrownBy(() -> monthly.quantity(null, null, null))
                .hasMessageContaining("funds.request.quantityRequired");
        assertThatThrownBy(() -> monthly.quantity(null, null, 10)).hasMessageContaining("funds.rate.tooManyUnits");
    }

    @Test
    void isInForceWithinItsValidityOnly() {
        SupportRate old = new SupportRate(new RateCommand(
                "k",
                "HARDSHIP",
                "Trợ cấp",
                "Allowance",
                RateUnit.ONE_OFF,
                3_000_000L,
                null,
                FROM,
                LocalDate.of(2025, 12, 31)));
        assertThat(old.inForceOn(FROM)).isTrue();
        assertThat(old.inForceOn(LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(old.inForceOn(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(old.inForceOn(LocalDate.of(2025, 6, 30))).isFalse();
        assertThat(meals().inForceOn(LocalDate.of(2040, 1, 1))).isTrue();
    }

    @Test
    void refusesBadRates() {
        assertThatThrownBy(() -> new SupportRate(
                        new RateCommand("a", "MEALS", "x", "x", RateUnit.PER_DAY, 0L, null, FROM, null)))
                .hasMessageContaining("funds.amountPositive");
        assertThatThrownBy(() -> new SupportRate(
                        new RateCommand("a", "MEALS", "x", "x", RateUnit.PER_DAY, 1L, null, FROM, FROM.minusDays(1))))
                .hasMessageContaining("funds.rate.periodInvalid");
        assertThatThrownBy(() -> new SupportRate(
                        new RateCommand("f", "MEALS", "x", "x", RateUnit.PER_DAY, 1L, null, FROM, null)))
                .hasMessageContaining("funds.unknownType");
        assertThatThrownBy(() -> new SupportRate(
                        new RateCommand("a", "bữa ăn", "x", "x", RateUnit.PER_DAY, 1L, null, FROM, null)))
                .hasMessageContaining("funds.rate.itemInvalid");
    }
}
