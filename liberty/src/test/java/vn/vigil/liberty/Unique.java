package vn.vigil.liberty;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** Codes and usernames no other run or test has used, so tests never depend on each other or on order. */
final class Unique {

    private Unique() {}

    /** A unit code: {@code prefix} and six random characters, upper case (fits the 16 characters allowed). */
    static String code(String prefix) {
        return (prefix + random()).toUpperCase(Locale.ROOT);
    }

    /** A username: {@code prefix} and six random characters, lower case. */
    static String username(String prefix) {
        return (prefix + random()).toLowerCase(Locale.ROOT);
    }

    private static String random() {
        long sixDigits = ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36 * 36);
        return Long.toString(sixDigits, 36);
    }
}
