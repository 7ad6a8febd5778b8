package vn.vigil.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Role;

/** Staff accounts: username rules, roles, and locking out password guessing. */
class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    @ParameterizedTest(name = "\"{0}\" becomes \"{1}\"")
    @CsvSource({
        "nguyenvd,        nguyenvd",
        "Nguyen.VanDuc,   nguyen.vanduc",
        "'  tran_thi-b  ', tran_thi-b",
        "abc,             abc",
        "u2026,           u2026",
    })
    void usernamesAreTrimmedAndLowerCased(String typed, String stored) {
        assertThat(UserAccount.normaliseUsername(typed)).isEqualTo(stored);
        assertThat(new UserAccount(typed, "Nguyễn Văn Đức", "hash").username()).isEqualTo(stored);
    }

    @ParameterizedTest(name = "\"{0}\" is not a username")
    @ValueSource(strings = {"ab", "nguyễn", "nguyen van", "user@vigil.vn", "a/b", "x+y", "đức"})
    void refusesMalformedUsernames(String typed) {
        assertRefused(() -> UserAccount.normaliseUsername(typed), "user.usernameInvalid");
    }

    @Test
    void usernameLengthLimits() {
        assertThat(UserAccount.normaliseUsername("a".repeat(64))).hasSize(64);
        assertRefused(() -> UserAccount.normaliseUsername("a".repeat(65)), "validation.tooLong");
        assertRefused(() -> UserAccount.normaliseUsername("   "), "validation.required");
        assertRefused(() -> UserAccount.normaliseUsername(null), "validation.required");
    }

    @Test
    void theFullNameIsRequiredAndCleaned() {
        UserAccount user = new UserAccount("nguyenvd", "  Nguyễn   Văn Đức ", "hash");

        assertThat(user.fullName()).isEqualTo("Nguyễn Văn Đức");
        assertRefused(() -> new UserAccount("nguyenvd", " ", "hash"), "validation.required");
        assertRefused(() -> user.rename("x".repeat(121)), "validation.tooLong");
        assertThat(user.fullName()).isEqualTo("Nguyễn Văn Đức");
    }

    @Test
    void wrongPasswordsAreCountedButNeverLock() {
        UserAccount user = newUser();

        failTimes(user, 50);

        assertThat(user.failedLoginCount()).isEqualTo(50);
        assertThat(user.enabled()).isTrue();
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        UserAccount user = newUser();
        failTimes(user, 4);

        user.recordSuccessfulLogin(NOW);

        assertThat(user.failedLoginCount()).isZero();
        assertThat(user.lastLoginAt()).isEqualTo(NOW);
    }

    @Test
    void reenablingOrANewPasswordResetsTheCount() {
        UserAccount reenabled = newUser();
        failTimes(reenabled, 5);
        reenabled.enable(false);
        assertThat(reenabled.failedLoginCount()).isEqualTo(5);
        reenabled.enable(true);

        UserAccount newPassword = newUser();
        failTimes(newPassword, 5);
        newPassword.changePasswordHash("new-hash");

        assertThat(reenabled.failedLoginCount()).isZero();
        assertThat(newPassword.failedLoginCount()).isZero();
        assertThat(newPassword.passwordHash()).isEqualTo("new-hash");
    }

    @Test
    void rolesAreReplacedNotAdded() {
        UserAccount user = newUser();
        user.grantExactly(EnumSet.of(Role.INSPECTOR, Role.TEAM_LEAD));

        user.grantExactly(Set.of(Role.CASE_WORKER));

        assertThat(user.roles()).containsExactly(Role.CASE_WORKER);
    }

    @Test
    void atLeastOneRoleIsRequired() {
        UserAccount user = newUser();
        user.grantExactly(Set.of(Role.ADMIN));

        assertRefused(() -> user.grantExactly(Set.of()), "user.roleRequired");
        assertRefused(() -> user.grantExactly(null), "user.roleRequired");
        assertThat(user.roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void theRolesShownCannotChangeTheAccount() {
        UserAccount user = newUser();
        user.grantExactly(Set.of(Role.INSPECTOR));

        Set<Role> shown = user.roles();

        assertThatThrownBy(() -> shown.add(Role.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(user.roles()).containsExactly(Role.INSPECTOR);
    }

    @Test
    void contactDetails() {
        UserAccount user = newUser();

        user.changeContact("  duc.nv@dongnai.gov.vn ", 7L, "en");

        assertThat(user.email()).isEqualTo("duc.nv@dongnai.gov.vn");
        assertThat(user.departmentId()).isEqualTo(7L);
        assertThat(user.preferredLocale()).isEqualTo("en");

        user.changeContact("   ", null, null);

        assertThat(user.email()).isNull();
        assertThat(user.departmentId()).isNull();
        assertThat(user.preferredLocale()).isEqualTo("vi");
    }

    @ParameterizedTest(name = "\"{0}\" is not an email address")
    @ValueSource(strings = {"duc", "duc@", "@dongnai.gov.vn", "duc@dongnai", "duc nv@dongnai.gov.vn", "a@b@c.vn"})
    void refusesMalformedEmail(String email) {
        assertRefused(() -> newUser().changeContact(email, null, "vi"), "user.emailInvalid");
    }

    @ParameterizedTest(name = "locale \"{0}\" is refused")
    @ValueSource(strings = {"fr", "VI", "vi-VN", ""})
    void onlyVietnameseAndEnglishAreOffered(String locale) {
        assertRefused(() -> newUser().changeLocale(locale), "user.localeInvalid");
    }

    private static UserAccount newUser() {
        return new UserAccount("nguyenvd", "Nguyễn Văn Đức", "hash");
    }

    private static void failTimes(UserAccount user, int times) {
        for (int i = 0; i < times; i++) {
            user.recordFailedLogin();
        }
    }

    private static void assertRefused(ThrowingCallable action, String messageKey) {
        assertThatThrownBy(action)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }
}
