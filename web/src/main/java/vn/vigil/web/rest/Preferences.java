package vn.vigil.web.rest;

import java.util.List;
import java.util.Locale;

/**
 * The client's {@code Prefer} header (RFC 7240). Vigil honours {@code return=minimal} on the writes a field device
 * repeats most (saving a visit record): the answer is then a few fields instead of the whole resource, which the
 * device already holds, and says so in {@code Preference-Applied}. Any other preference is ignored, as the RFC allows.
 */
public final class Preferences {

    public static final String HEADER = "Prefer";
    public static final String APPLIED = "Preference-Applied";
    public static final String RETURN_MINIMAL = "return=minimal";

    private Preferences() {}

    /**
     * Whether the header's values (it may be sent more than once, and each value may list several preferences
     * separated by commas) ask for {@code return=minimal}. Names and values are compared without regard to case, a
     * quoted value is unquoted, parameters after {@code ;} are ignored.
     */
    public static boolean returnMinimal(List<String> values) {
        if (values == null) {
            return false;
        }
        for (String value : values) {
            if (value == null) {
                continue;
            }
            for (String preference : value.split(",")) {
                int parameters = preference.indexOf(';');
                String head = parameters < 0 ? preference : preference.substring(0, parameters);
                int equals = head.indexOf('=');
                if (equals < 0) {
                    continue;
                }
                String name = head.substring(0, equals).strip().toLowerCase(Locale.ROOT);
                String token = unquoted(head.substring(equals + 1).strip()).toLowerCase(Locale.ROOT);
                if (name.equals("return") && token.equals("minimal")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }
}
