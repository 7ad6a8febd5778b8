package vn.vigil.web.export.lists;

import java.util.StringJoiner;

/**
 * The filters of an export as the audit log keeps them: name=value pairs of those set. A text someone searched for
 * (which can be a person's name) is kept only as "given" ({@code true}), never as written.
 */
final class Filters {

    private Filters() {}

    static String describe(Object... pairs) {
        StringJoiner out = new StringJoiner(" ");
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value != null && !Boolean.FALSE.equals(value)) {
                out.add(pairs[i] + "=" + value);
            }
        }
        return out.toString();
    }
}
