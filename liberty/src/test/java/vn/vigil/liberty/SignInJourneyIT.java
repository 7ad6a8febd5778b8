package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Signing in and out, and choosing the language, in a real browser. */
class SignInJourneyIT {

    private static final By MESSAGES = By.id("loginForm:messages");
    private static final By LOGOUT = RoleHomeIT.byId("logout");

    @RegisterExtension
    static final Browser browser = Browser.sharedByTheClass();

    @Test
    void refusesAWrongPasswordInVietnamese() {
        browser.submitLogin("legal", "not-the-password");

        assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");
        assertThat(browser.text(MESSAGES)).contains("Tên đăng nhập hoặc mật khẩu không đúng");
        assertThat(browser.all(LOGOUT)).as("not signed in").isEmpty();
    }

    @Test
    void asksForTheMissingCredentials() {
        browser.submitLogin("", "");

        assertThat(browser.text(MESSAGES))
                .contains("Vui lòng nhập tên đăng nhập.")
                .contains("Vui lòng nhập mật khẩu.");
    }

    @Test
    void switchesTheSignedInPagesToEnglishAndBack() {
        browser.signIn(DemoAccount.FINANCE);
        assertThat(browser.text(LOGOUT)).isEqualTo("Đăng xuất");
        try {
            browser.clickAndWaitForNewPage(RoleHomeIT.byId("langEn"));

            assertThat(browser.language()).isEqualTo("en");
            assertThat(browser.text(LOGOUT)).isEqualTo("Sign out");
            assertThat(browser.text(By.id("welcome"))).startsWith("Welcome");
            assertThat(browser.text(RoleHomeIT.byId("menuVictims"))).contains("Victim support");
        } finally {
            // the choice is remembered for the account: leave it as the other tests expect it
            browser.clickAndWaitForNewPage(RoleHomeIT.byId("langVi"));
        }
        assertThat(browser.language()).isEqualTo("vi");
        assertThat(browser.text(LOGOUT)).isEqualTo("Đăng xuất");
    }

    @Test
    void signsOutBackToTheLoginPage() {
        browser.signIn(DemoAccount.CASE_WORKER);

        browser.clickAndWaitForNewPage(LOGOUT);

        assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");
        assertThat(browser.text(By.id("loginForm:loggedOut"))).isEqualTo("Bạn đã đăng xuất.");
        browser.open("/index.xhtml");
        browser.waitFor(ExpectedConditions.urlContains("/login.xhtml"));
        assertThat(browser.all(By.id("welcome"))).as("the session has ended").isEmpty();
    }
}
