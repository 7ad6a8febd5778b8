package vn.vigil.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** PBKDF2 hashes: they verify the right password only, and a damaged stored value never lets anyone in. */
class PasswordHashingTest {

    /** Few iterations keep the tests fast; the format and the algorithm are the same as in production. */
    private static final int FAST = 1_000;

    private static final char[] PASSWORD = "Mật-khẩu 2026".toCharArray();

    @Test
    void theRightPasswordMatches() {
        String stored = PasswordHashing.hash(PASSWORD, FAST);

        assertThat(PasswordHashing.matches("Mật-khẩu 2026".toCharArray(), stored))
                .isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" does not match")
    @ValueSource(strings = {"Mật-khẩu 2027", "mật-khẩu 2026", "Mat-khau 2026", "Mật-khẩu 2026 ", "", "M"})
    void aWrongPasswordDoesNotMatch(String attempt) {
        String stored = PasswordHashing.hash(PASSWORD, FAST);

        assertThat(PasswordHashing.matches(attempt.toCharArray(), stored)).isFalse();
    }

    @Test
    void aMissingPasswordDoesNotMatch() {
        assertThat(PasswordHashing.matches(null, PasswordHashing.hash(PASSWORD, FAST)))
                .isFalse();
    }

    @ParameterizedTest(name = "stored \"{0}\" never matches")
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "garbage",
                "pbkdf2-sha512",
                "pbkdf2-sha512$1000$c2FsdHNhbHRzYWx0c2FsdA",
                "pbkdf2-sha512$1000$c2FsdHNhbHRzYWx0c2FsdA$",
                "pbkdf2-sha512$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA$extra",
                "pbkdf2-sha256$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
                "pbkdf2-sha512$many$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
                "pbkdf2-sha512$0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
                "pbkdf2-sha512$-5$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
                "pbkdf2-sha512$1000$$aGFzaA",
                "pbkdf2-sha512$1000$not base64!$aGFzaA",
                "pbkdf2-sha512$1000$c2FsdHNhbHRzYWx0c2FsdA$not base64!",
                "pbkdf2-sha512$1000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
            })
    void aMalformedStoredHashNeverMatches(String stored) {
        assertThat(PasswordHashing.matches(PASSWORD, stored)).isFalse();
    }

    @Test
    void aTruncatedHashDoesNotMatch() {
        String stored = PasswordHashing.hash(PASSWORD, FAST);

        assertThat(PasswordHashing.matches(PASSWORD, stored.substring(0, stored.length() - 4)))
                .isFalse();
    }

    @Test
    void twoHashesOfOnePasswordDifferButBothMatch() {
        String first = PasswordHashing.hash(PASSWORD, FAST);
        String second = PasswordHashing.hash(PASSWORD, FAST);

        assertThat(first).isNotEqualTo(second);
        assertThat(salt(first)).isNotEqualTo(salt(second));
        assertThat(PasswordHashing.matches(PASSWORD, first)).isTrue();
        assertThat(PasswordHashing.matches(PASSWORD, second)).isTrue();
    }

    @Test
    void theIterationCountTravelsWithTheHash() {
        String cheap = PasswordHashing.hash(PASSWORD, FAST);
        String dearer = PasswordHashing.hash(PASSWORD, 2 * FAST);

        assertThat(cheap).startsWith("pbkdf2-sha512$1000$");
        assertThat(dearer).startsWith("pbkdf2-sha512$2000$");
        assertThat(PasswordHashing.matches(PASSWORD, dearer)).isTrue();
        assertThat(PasswordHashing.matches(PASSWORD, dearer.replace("$2000$", "$1000$")))
                .isFalse();
    }

    @Test
    void productionHashesUseTheOwaspCostAndA512BitKey() {
        String stored = PasswordHashing.hash(PASSWORD);

        String[] parts = stored.split("\\$");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha512");
        assertThat(Integer.parseInt(parts[1]))
                .isEqualTo(PasswordHashing.ITERATIONS)
                .isGreaterThanOrEqualTo(210_000);
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(64);
        assertThat(PasswordHashing.matches(PASSWORD, stored)).isTrue();
    }

    @Test
    void theDecoyIsAWellFormedHashThatMatchesNothingGuessable() {
        String decoy = PasswordHashing.decoy();

        assertThat(decoy).startsWith("pbkdf2-sha512$" + PasswordHashing.ITERATIONS + "$");
        assertThat(PasswordHashing.matches("".toCharArray(), decoy)).isFalse();
    }

    @Test
    void hashingLeavesTheCallersPasswordIntact() {
        char[] password = "Mật-khẩu 2026".toCharArray();

        String stored = PasswordHashing.hash(password, FAST);
        PasswordHashing.matches(password, stored);

        assertThat(password).containsExactly("Mật-khẩu 2026".toCharArray());
    }

    private static String salt(String stored) {
        return stored.split("\\$")[2];
    }

    @Test
    void answeringForAnUnknownNameTakesAsLongAsACheckButNoProcessorTime() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        String stored = PasswordHashing.hash(PASSWORD); // at the real cost: the waits follow such checks
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long wallBefore = System.nanoTime();
        PasswordHashing.matches("sai".toCharArray(), stored);
        long checkCpu = threads.getCurrentThreadCpuTime() - cpuBefore;
        long checkWall = System.nanoTime() - wallBefore;

        cpuBefore = threads.getCurrentThreadCpuTime();
        wallBefore = System.nanoTime();
        PasswordHashing.waitAsLongAsACheck();
        long waitCpu = threads.getCurrentThreadCpuTime() - cpuBefore;
        long waitWall = System.nanoTime() - wallBefore;

        // the wait is the moving average of the checks so far (here the hash and the check above), at least a
        // fraction of one check, and it hardly uses the processor that a check keeps busy
        assertThat(waitWall).isGreaterThan(Math.min(checkWall, checkCpu) / 4);
        assertThat(waitCpu).isLessThan(checkCpu / 10);
    }
}
