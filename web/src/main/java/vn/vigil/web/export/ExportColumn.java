package vn.vigil.web.export;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Function;
import vn.vigil.web.i18n.Bundles;

/**
 * One column of an exported list: the bundle key of its header (so the header comes out in the person's language)
 * and the cell of a row. A cell is a text, a number, a day, a time or null.
 */
public record ExportColumn<T>(String headerKey, ExportColumn.Cell<T> cell) {

    /** A row's cell in a language (business lines and statuses have names in both). */
    @FunctionalInterface
    public interface Cell<T> {
        Object of(T row, Locale locale);
    }

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A cell that is the same in every language: a name, a number, a day. */
    public static <T> ExportColumn<T> of(String headerKey, Function<T, Object> value) {
        return new ExportColumn<>(headerKey, (row, locale) -> value.apply(row));
    }

    /** A cell in the person's language. */
    public static <T> ExportColumn<T> localized(String headerKey, Cell<T> cell) {
        return new ExportColumn<>(headerKey, cell);
    }

    /** An enumeration's label from the bundles: {@code prefix + constant}, e.g. {@code establishmentStatus.OPERATING}. */
    public static <T> ExportColumn<T> label(String headerKey, String prefix, Function<T, Enum<?>> value) {
        return new ExportColumn<>(headerKey, (row, locale) -> {
            Enum<?> constant = value.apply(row);
            return constant == null ? null : Bundles.text(locale, prefix + constant.name());
        });
    }

    /** A moment as Vietnam's local time. */
    public static <T> ExportColumn<T> time(String headerKey, Function<T, Instant> value) {
        return new ExportColumn<>(headerKey, (row, locale) -> {
            Instant at = value.apply(row);
            return at == null ? null : LocalDateTime.ofInstant(at, VIETNAM);
        });
    }

    /** Yes or no in the person's language. */
    public static <T> ExportColumn<T> yesNo(String headerKey, Function<T, Boolean> value) {
        return new ExportColumn<>(headerKey, (row, locale) -> {
            Boolean yes = value.apply(row);
            return yes == null ? null : Bundles.text(locale, yes ? "export.yes" : "export.no");
        });
    }
}
