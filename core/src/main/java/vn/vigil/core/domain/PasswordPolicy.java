package vn.vigil.core.domain;

import vn.vigil.core.api.DomainException;

/** At least 10 characters with a letter and a digit; not the username. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    public static void check(String username, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new DomainException("password.tooShort", MIN_LENGTH);
        }
        if (password.length > MAX_LENGTH) {
            throw new DomainException("validation.tooLong", "password", MAX_LENGTH);
        }
        boolean letter = false;
        boolean digit = false;
        for (char c : password) {
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        if (!letter || !digit) {
            throw new DomainException("password.tooSimple");
        }
        if (username != null && String.valueOf(password).equalsIgnoreCase(username)) {
            throw new DomainException("password.sameAsUsername");
        }
    }
}
