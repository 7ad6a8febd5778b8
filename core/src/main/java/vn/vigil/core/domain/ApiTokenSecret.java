package vn.vigil.core.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret of an API token: {@value #MARK} and 32 random bytes from {@link SecureRandom} in base64url, 47
 * characters that say what they are when found in a script or a log. Vigil keeps only its SHA-256 digest: with 256
 * bits of entropy the digest cannot be reversed by guessing, so a slow, salted password hash would cost every call
 * and protect nothing more.
 */
public final class ApiTokenSecret {

    public static final String MARK = "vgl_";
    /** How many characters people see to recognise a token: the mark and 8 of the 43 random ones. */
    public static final int SHOWN = MARK.length() + 8;

    private static final int RANDOM_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("vgl_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private ApiTokenSecret(String value) {
        this.value = value;
    }

    public static ApiTokenSecret generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return new ApiTokenSecret(MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Whether a presented value has the shape of a token at all, before any look-up. */
    public static boolean wellFormed(String presented) {
        return presented != null && FORMAT.matcher(presented).matches();
    }

    /** The SHA-256 digest of a presented token, in lower-case hex: what the database stores and looks up. */
    public static String digestOf(String presented) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(presented.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The whole secret, to hand to its owner once. */
    public String value() {
        return value;
    }

    public String digest() {
        return digestOf(value);
    }

    /** The start people see in lists; far too short to sign in with. */
    public String shownPrefix() {
        return value.substring(0, SHOWN);
    }

    @Override
    public String toString() {
        return shownPrefix() + "…";
    }
}
