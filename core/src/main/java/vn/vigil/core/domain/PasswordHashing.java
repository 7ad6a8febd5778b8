package vn.vigil.core.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 with HMAC-SHA-512 (OWASP's 2023 guidance: at least 210,000 iterations), a random 16-byte salt per
 * password. Stored as {@code pbkdf2-sha512$iterations$salt$hash}, so the cost can rise later without breaking
 * existing hashes.
 */
public final class PasswordHashing {

    public static final int ITERATIONS = 210_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final String PREFIX = "pbkdf2-sha512";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 512;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** How long deriving a key at the current cost takes on this machine lately: a moving average, nanoseconds. */
    private static volatile long typicalDeriveNanos;

    private PasswordHashing() {}

    public static String hash(char[] password) {
        return hash(password, ITERATIONS);
    }

    static String hash(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    /** Constant-time comparison; a malformed stored hash never matches. */
    public static boolean matches(char[] password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, iterations));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        long started = System.nanoTime();
        try {
            byte[] key =
                    SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
            if (iterations == ITERATIONS) {
                long took = System.nanoTime() - started;
                long typical = typicalDeriveNanos;
                typicalDeriveNanos = typical == 0 ? took : typical + (took - typical) / 8;
            }
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available in this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }

    /**
     * Answers as late as checking a password would, without checking one: for a user name that does not exist (or
     * cannot sign in), so timing does not tell which names exist, while a flood of made-up names costs no processor
     * time. It waits the moving average of this machine's recent checks (measured once with a {@link #decoy()} if
     * none was made yet), so the wait follows the machine's load as real checks do.
     */
    public static void waitAsLongAsACheck() {
        long nanos = typicalDeriveNanos;
        if (nanos == 0) {
            decoy();
            nanos = typicalDeriveNanos;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A hash of a random password (it also measures how long a check takes here). */
    public static String decoy() {
        char[] random = new char[24];
        for (int i = 0; i < random.length; i++) {
            random[i] = (char) ('a' + RANDOM.nextInt(26));
        }
        String hash = hash(random);
        Arrays.fill(random, '\0');
        return hash;
    }
}
