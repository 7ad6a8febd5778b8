package vn.vigil.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole đồng, parsed from what people type and shown the way they write it. */
class MoneyTest {

    @ParameterizedTest(name = "\"{0}\" is {1} đồng")
    @CsvSource(
            delimiter = '|',
            value = {
                "1.500.000           | 1500000",
                "1 500 000 ₫         | 1500000",
                "1500000             | 1500000",
                "1,500,000 ₫         | 1500000",
                "1.500.000đ          | 1500000",
                "1.500.000 VND       | 1500000",
                "250000 vnd          | 250000",
                "'  42  '            | 42",
                "0                   | 0",
                "-250.000            | -250000",
                "999.999.999.999.999 | 999999999999999",
                "1\u00A0500\u00A0000   | 1500000",
            })
    void parsesWhatPeopleType(String typed, long dong) {
        assertThat(Money.parse(typed)).isEqualTo(Money.ofDong(dong));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(
            strings = {
                "12abc",
                "abc",
                "₫",
                "-",
                "--5",
                "1.5e6",
                "1/2",
                "+100",
                "1.000.000.000.000.000",
                "1.500.000,50",
                "1,5",
                "1.50.000",
                "1.500,000",
                "12.34"
            })
    void refusesWhatIsNotAnAmount(String typed) {
        assertThatThrownBy(() -> Money.parse(typed)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("money.invalid");
            assertThat(e.arguments()).containsExactly(typed);
        });
    }

    @ParameterizedTest(name = "\"{0}\" is missing")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void refusesNothing(String typed) {
        assertThatThrownBy(() -> Money.parse(typed))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("money.required"));
    }

    @ParameterizedTest(name = "{0} đồng in {1}: \"{2}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "1500000  | vi | 1.500.000 ₫",
                "1500000  | en | 1,500,000 ₫",
                "0        | vi | 0 ₫",
                "999      | vi | 999 ₫",
                "-250000  | vi | -250.000 ₫",
                "1500000  | fr | 1,500,000 ₫",
            })
    void formatsForTheReader(long dong, String language, String shown) {
        assertThat(Money.ofDong(dong).format(Locale.forLanguageTag(language))).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} survives format and parse in {1}")
    @CsvSource({"1500000, vi", "1500000, en", "-73000, vi", "123456789012345, vi", "7, en"})
    void formattedAmountsParseBack(long dong, String language) {
        Money money = Money.ofDong(dong);

        assertThat(Money.parse(money.format(Locale.forLanguageTag(language)))).isEqualTo(money);
    }

    @Test
    void addsSubtractsAndMultipliesExactly() {
        Money price = Money.parse("1.500.000");

        assertThat(price.plus(Money.ofDong(500_000))).isEqualTo(Money.ofDong(2_000_000));
        assertThat(price.minus(Money.ofDong(2_000_000))).isEqualTo(Money.ofDong(-500_000));
        assertThat(price.times(3)).isEqualTo(Money.ofDong(4_500_000));
        assertThat(Money.ZERO.plus(price)).isEqualTo(price);
    }

    @Test
    void overflowIsAnErrorNotAWrapAround() {
        Money max = Money.ofDong(Long.MAX_VALUE);
        Money min = Money.ofDong(Long.MIN_VALUE);

        assertThatThrownBy(() -> max.plus(Money.ofDong(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> min.minus(Money.ofDong(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void comparesByAmount() {
        Money small = Money.ofDong(100);
        Money large = Money.ofDong(1_000);

        assertThat(large.isGreaterThan(small)).isTrue();
        assertThat(small.isGreaterThan(large)).isFalse();
        assertThat(small.isGreaterThan(Money.ofDong(100))).isFalse();
        assertThat(small.compareTo(large)).isNegative();
        assertThat(large.compareTo(small)).isPositive();
        assertThat(small.compareTo(Money.ofDong(100))).isZero();
        assertThat(Money.ofDong(-1).isNegative()).isTrue();
        assertThat(Money.ZERO.isNegative()).isFalse();
    }

    @Test
    void logsAsVnd() {
        assertThat(Money.ofDong(1_500_000)).hasToString("1500000 VND");
    }
}
