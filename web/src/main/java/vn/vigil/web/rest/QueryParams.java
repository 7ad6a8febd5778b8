package vn.vigil.web.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.vigil.core.api.DomainException;

/**
 * Reads optional query parameters. They arrive as text so that a value that cannot be read becomes a 400 problem
 * naming the parameter, instead of the 404 that JAX-RS gives for a failed conversion.
 */
public final class QueryParams {

    private QueryParams() {}

    /** An ISO day (yyyy-MM-dd), or null when absent. */
    public static LocalDate day(String name, String value) {
        if (absent(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            throw new DomainException("api.dateInvalid", name, value);
        }
    }

    public static int integer(String name, String value, int fallback) {
        if (absent(value)) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException malformed) {
            throw new DomainException("api.numberInvalid", name, value);
        }
    }

    public static Long id(String name, String value) {
        if (absent(value)) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException malformed) {
            throw new DomainException("api.numberInvalid", name, value);
        }
    }

    /** One of an enum's constants, case ignored, or null when absent. */
    public static <E extends Enum<E>> E choice(Class<E> type, String name, String value) {
        if (absent(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            String allowed =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new DomainException("api.choiceInvalid", name, value, allowed);
        }
    }

    private static boolean absent(String value) {
        return value == null || value.isBlank();
    }
}
