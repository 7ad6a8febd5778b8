package vn.vigil.web.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.PageRequest;

/**
 * Reads request values that JAX-RS would otherwise turn into a bare 404 or a generic error, so a caller who sends
 * a missing or malformed value is told which one, in their language.
 */
public final class RequestValues {

    public static final int DEFAULT_PAGE_SIZE = 20;

    private RequestValues() {}

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new DomainException("validation.required", field);
        }
        return value;
    }

    public static PageRequest page(String page, String size) {
        return new PageRequest(integer(page, "page", 0), integer(size, "size", DEFAULT_PAGE_SIZE));
    }

    /**
     * A page by number, or the page after the one that handed out {@code cursor} (its {@code next}); not both.
     * The service checks that the cursor belongs to its list and filters.
     */
    public static PageRequest page(String page, String size, String cursor, int defaultSize) {
        int rows = integer(size, "size", defaultSize);
        if (isBlank(cursor)) {
            return new PageRequest(integer(page, "page", 0), rows);
        }
        if (!isBlank(page)) {
            throw new DomainException("page.cursorWithPage");
        }
        return PageRequest.continuing(cursor, rows);
    }

    public static Long optionalLong(String raw, String field) {
        if (isBlank(raw)) {
            return null;
        }
        try {
            return Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw invalid(field, raw);
        }
    }

    public static <E extends Enum<E>> E optionalEnum(Class<E> type, String raw, String field) {
        return isBlank(raw) ? null : enumValue(type, raw, field);
    }

    /** A constant of the enum, by name in any letter case. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String raw, String field) {
        if (raw == null) {
            throw invalid(field, "null");
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(field, raw);
        }
    }

    /** An ISO date, yyyy-MM-dd. */
    public static LocalDate optionalDate(String raw, String field) {
        if (isBlank(raw)) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw invalid(field, raw);
        }
    }

    /** {@code true} or {@code false} in any letter case; blank is {@code false}. */
    public static boolean flag(String raw, String field) {
        if (isBlank(raw)) {
            return false;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(field, raw);
        };
    }

    private static int integer(String raw, String field, int fallback) {
        if (isBlank(raw)) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw invalid(field, raw);
        }
    }

    private static boolean isBlank(String raw) {
        return raw == null || raw.isBlank();
    }

    private static DomainException invalid(String field, String raw) {
        String shown = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
        return new DomainException("validation.invalidValue", field, shown);
    }
}
