package vn.vigil.core.api;

import java.text.Normalizer;
import java.util.Locale;

/** Text helpers shared by every module. */
public final class Text {

    private static final java.util.regex.Pattern CONTROLS =
            java.util.regex.Pattern.compile("[\\p{Cc}\\p{Cs}&&[^\\t\\n\\r]]");

    private Text() {}

    /**
     * Folds Vietnamese text for diacritic-insensitive search: "Nguyễn Văn Đức" becomes "nguyen van duc". Stored
     * beside the original in "..._folded" columns so searches use an index.
     */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(withoutControls(text).strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /**
     * Trims, collapses inner whitespace, drops control characters (NUL, escape sequences, C1 codes: never meant in
     * a name or a note, and PostgreSQL refuses NUL) and halves of characters, and turns blank into null.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = Normalizer.normalize(withoutControls(text), Normalizer.Form.NFC)
                .strip()
                .replaceAll("\\s+", " ");
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** The text without control characters other than tab and line breaks, and without unpaired surrogates. */
    public static String withoutControls(String text) {
        return text == null ? null : CONTROLS.matcher(text).replaceAll("");
    }

    /** Refuses a missing or too long value with a message the person can act on. */
    public static String required(String value, String field, int maxLength) {
        String cleaned = clean(value);
        if (cleaned == null) {
            throw new DomainException("validation.required", field);
        }
        return maxLength(cleaned, field, maxLength);
    }

    public static String maxLength(String value, String field, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new DomainException("validation.tooLong", field, maxLength);
        }
        return value;
    }
}
