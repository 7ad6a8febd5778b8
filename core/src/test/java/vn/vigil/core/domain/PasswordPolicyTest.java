package vn.vigil.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vigil.core.api.DomainException;

/** At least 10 characters, at most 128, with a letter and a digit, and not the username. */
class PasswordPolicyTest {

    @ParameterizedTest(name = "\"{0}\" is accepted")
    @ValueSource(strings = {"abcdefghi1", "1234567890a", "mậtkhẩu2026", "Đà Nẵng 2026!", "correct horse battery 9"})
    void acceptsGoodPasswords(String password) {
        assertThatCode(() -> PasswordPolicy.check("nguyenvan", password.toCharArray()))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "\"{0}\" is refused with {1}")
    @CsvSource({
        "abcdefgh1,      password.tooShort",
        "a1,             password.tooShort",
        "'',             password.tooShort",
        "abcdefghijk,    password.tooSimple",
        "12345678901,    password.tooSimple",
        "'!!!!!!!!!!!!', password.tooSimple",
        "NguyenVan2026,  password.sameAsUsername",
        "nguyenvan2026,  password.sameAsUsername",
    })
    void refusesWeakPasswords(String password, String messageKey) {
        assertThatThrownBy(() -> PasswordPolicy.check("nguyenvan2026", password.toCharArray()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    @Test
    void aMissingPasswordIsTooShort() {
        assertThatThrownBy(() -> PasswordPolicy.check("nguyenvan", null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("password.tooShort");
                    assertThat(e.arguments()).containsExactly(PasswordPolicy.MIN_LENGTH);
                });
    }

    @Test
    void lengthLimitsAreInclusive() {
        String longest = "a1".repeat(64);

        assertThat(longest).hasSize(PasswordPolicy.MAX_LENGTH);
        assertThatCode(() -> PasswordPolicy.check("nguyenvan", longest.toCharArray()))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("nguyenvan", (longest + "b").toCharArray()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("validation.tooLong");
                    assertThat(e.arguments()).containsExactly("password", PasswordPolicy.MAX_LENGTH);
                });
    }

    @Test
    void aPasswordMerelyContainingTheUsernameIsAllowed() {
        assertThatCode(() -> PasswordPolicy.check("nguyenvan", "nguyenvan-2026".toCharArray()))
                .doesNotThrowAnyException();
    }

    @Test
    void worksWithoutAUsername() {
        assertThatCode(() -> PasswordPolicy.check(null, "abcdefghi1".toCharArray()))
                .doesNotThrowAnyException();
    }
}
