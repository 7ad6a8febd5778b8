package vn.vigil.core.api;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * An amount of Vietnamese đồng. The đồng has no minor unit in use, so money is a whole number of đồng; there is
 * no floating point anywhere on the way from a form to the database (bigint).
 */
public record Money(long dong) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofDong(long dong) {
        return new Money(dong);
    }

    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("\\d{1,15}");
    private static final java.util.regex.Pattern GROUPED =
            java.util.regex.Pattern.compile("\\d{1,3}(?<sep>[., \u00A0\u202F])\\d{3}(\\k<sep>\\d{3})*");

    /**
     * Parses what a person types: "1500000", "1.500.000", "1 500 000" or "1,500,000 ₫". Group separators must
     * separate groups of exactly three digits, so a decimal part ("1.500.000,50" or "1,5") is refused rather than
     * silently read as a larger amount: the đồng has no minor unit.
     */
    public static Money parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException("money.required");
        }
        String amount =
                text.strip().replaceFirst("(?iu)\\s*(₫|vnđ|vnd|đồng|đ)$", "").strip();
        boolean negative = amount.startsWith("-");
        if (negative) {
            amount = amount.substring(1).strip();
        }
        String digits;
        if (PLAIN.matcher(amount).matches()) {
            digits = amount;
        } else if (GROUPED.matcher(amount).matches() && amount.length() <= 20) {
            digits = amount.replaceAll("[^0-9]", "");
        } else {
            throw new DomainException("money.invalid", text);
        }
        long value = Long.parseLong(digits);
        return new Money(negative ? -value : value);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(dong, other.dong));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(dong, other.dong));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(dong, factor));
    }

    public boolean isNegative() {
        return dong < 0;
    }

    public boolean isGreaterThan(Money other) {
        return dong > other.dong;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(dong, other.dong);
    }

    /** "1.500.000 ₫" in Vietnamese, "₫1,500,000" style digits grouping in English. */
    public String format(Locale locale) {
        NumberFormat digits = NumberFormat.getIntegerInstance(
                "vi".equals(locale.getLanguage()) ? Locale.forLanguageTag("vi-VN") : Locale.forLanguageTag("en-US"));
        return digits.format(dong) + " ₫";
    }

    @Override
    public String toString() {
        return dong + " VND";
    }
}
