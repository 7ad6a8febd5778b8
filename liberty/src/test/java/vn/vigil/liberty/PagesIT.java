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

        assertThat(header(response, "Content-Security-Policy"))
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'");
        assertThat(header(response, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(response, "Referrer-Policy")).isNotBlank();
        assertThat(header(response, "Cache-Control")).contains("no-store");
        assertThat(response.headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("VIGILSESSION="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax"));
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
