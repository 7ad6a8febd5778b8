package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Faces pages over plain HTTP: where people land, the headers that protect them, and the error pages. */
class PagesIT {

    /** A line of a Java stack trace, e.g. "at vn.vigil.web.ui.LoginBean.login(LoginBean.java:42)". */
    private static final String STACK_FRAME = "\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(";

    @Test
    void sendsAnonymousVisitorsToTheLoginPage() {
        for (String path : new String[] {"/", "/index.xhtml", "/admin/units.xhtml"}) {
            HttpResponse<String> response = Vigil.get(path);

            assertThat(response.statusCode()).as("GET %s", path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .as("GET %s", path)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login.xhtml"));
        }
    }

    @Test
    void showsTheLoginPageInVietnamese() {
        HttpResponse<String> response = Vigil.get("/login.xhtml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("lang=\"vi\"")
                .contains("Đăng nhập")
                .contains("Tên đăng nhập")
                .contains("Mật khẩu");
    }

    @Test
    void protectsTheLoginPageWithSecurityHeaders() {
        HttpResponse<String> response = Vigil.get("/login.xhtml");

        assertThat(response.headers().allValues("Content-Security-Policy"))
                .singleElement()
                .satisfies(csp -> assertThat(csp)
                        .contains("default-src 'self'")
                        .contains("frame-ancestors 'none'")
                        .contains("object-src 'none'")
                        .contains("script-src 'self' 'nonce-")
                        .doesNotContain("unsafe-eval")
                        .doesNotContainPattern("script-src[^;]*unsafe-inline"));
        assertThat(header(response, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(response, "Referrer-Policy")).isNotBlank();
        assertThat(header(response, "Cache-Control")).contains("no-store");
        assertThat(response.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("VIGILSESSION="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax"));
    }

    /**
     * No script runs on a page unless the page's nonce is on it: every script element carries this response's nonce
     * (a fresh one each time), and no element carries an inline event handler (PrimeFaces turns them into nonce'd
     * scripts), on a page full of buttons and dialogs.
     */
    @Test
    void runsOnlyScriptsCarryingTheResponsesNonce() {
        WebSession session = WebSession.signedInAs(DemoAccount.ADMIN);
        HttpResponse<String> first = session.get("/admin/users.xhtml");
        HttpResponse<String> second = session.get("/admin/users.xhtml");

        String nonce = nonce(first);
        assertThat(nonce).isNotEqualTo(nonce(second));
        java.util.regex.Matcher scripts =
                java.util.regex.Pattern.compile("<script\\b[^>]*>").matcher(first.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group()).as("script element").contains("nonce=\"" + nonce + "\"");
        }
        assertThat(count).isGreaterThan(2);
        assertThat(first.body())
                .as("inline event handlers")
                .doesNotContainPattern("<[a-zA-Z][^>]*\\son(click|change|load|submit|keyup|keydown|focus|blur)=")
                .doesNotContain("javascript:");
        Vigil.get("/api/v1/me", "Authorization", DemoAccount.ADMIN.basicAuth())
                .headers()
                .firstValue("Content-Security-Policy")
                .ifPresentOrElse(
                        csp -> assertThat(csp).contains("default-src 'none'"),
                        () -> org.junit.jupiter.api.Assertions.fail("REST answers carry a policy too"));
    }

    private static String nonce(HttpResponse<String> page) {
        java.util.regex.Matcher nonce =
                java.util.regex.Pattern.compile("'nonce-([^']+)'").matcher(header(page, "Content-Security-Policy"));
        assertThat(nonce.find()).as("a nonce in the policy").isTrue();
        return nonce.group(1);
    }

    @Test
    void greetsASignedInPersonOnTheHomePage() {
        WebSession session = WebSession.signedInAs(DemoAccount.INSPECTOR);

        HttpResponse<String> home = session.get("/index.xhtml");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains("lang=\"vi\"")
                .contains("Nguyễn Văn An")
                .contains("id=\"dashboard-INSPECTOR\"")
                .doesNotContain("id=\"dashboard-ADMIN\"");
        assertThat(header(home, "Cache-Control")).contains("no-store");
    }

    @Test
    void answersAnUnknownPageWithTheVietnameseErrorPage() {
        WebSession session = WebSession.signedInAs(DemoAccount.COMMITTEE);

        HttpResponse<String> response = session.get("/does-not-exist.xhtml");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("lang=\"vi\"")
                .contains("Không tìm thấy trang")
                .doesNotContainPattern(STACK_FRAME)
                .doesNotContain("Caused by");
    }

    @Test
    void refusesAdministrationPagesToAnInspector() {
        WebSession session = WebSession.signedInAs(DemoAccount.INSPECTOR);

        HttpResponse<String> response = session.get("/admin/units.xhtml");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("lang=\"vi\"").contains("Không có quyền truy cập");
    }

    /** Session fixation: an id a page handed out before sign-in is worth nothing after it. */
    @Test
    void givesANewSessionIdAtSignIn() {
        WebSession session = new WebSession();
        assertThat(session.get("/login.xhtml").statusCode()).isEqualTo(200);
        String before = session.cookie("VIGILSESSION");
        assertThat(before).as("the login page opens a session").isNotNull();

        assertThat(session.submitLogin("inspector", Vigil.PASSWORD).statusCode())
                .isEqualTo(302);

        assertThat(session.cookie("VIGILSESSION")).isNotNull().isNotEqualTo(before);
        assertThat(session.get("/index.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void sendsAFormPostedWithoutItsPagesNonceBackToAFreshPage() {
        WebSession session = new WebSession();

        HttpResponse<String> response = session.submitLogin("caseworker", "not-the-password", false);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login.xhtml"));
        assertThat(session.get("/login.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void keepsAWrongPasswordOnTheLoginPage() {
        WebSession session = new WebSession();

        HttpResponse<String> response = session.submitLogin("caseworker", "not-the-password");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
        assertThat(session.get("/index.xhtml").statusCode())
                .as("still signed out")
                .isEqualTo(302);
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header"));
    }
}
