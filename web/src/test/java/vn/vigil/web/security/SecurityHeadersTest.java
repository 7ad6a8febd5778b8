package vn.vigil.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The headers every response carries, with plain stand-ins for the request and response. */
class SecurityHeadersTest {

    @Test
    void strictTransportSecurityOnlyOnResponsesThatCameOverTls() {
        assertThat(headers("/api/v1/me", true)).containsKey("Strict-Transport-Security");
        assertThat(headers("/api/v1/me", true).get("Strict-Transport-Security")).contains("max-age=31536000");
        assertThat(headers("/api/v1/me", false)).doesNotContainKey("Strict-Transport-Security");
    }

    @Test
    void pagesGetTheirPolicyFromPrimeFacesAndEverythingElseAPolicyThatRunsNothing() {
        for (String page : new String[] {"/", "", "/index.xhtml", "/admin/users.xhtml"}) {
            assertThat(headers(page, false)).as(page).doesNotContainKey("Content-Security-Policy");
        }
        for (String other : new String[] {"/api/v1/me", "/jakarta.faces.resource/core.js.xhtml", "/favicon.ico"}) {
            assertThat(headers(other, false).get("Content-Security-Policy"))
                    .as(other)
                    .contains("default-src 'none'")
                    .contains("frame-ancestors 'none'");
        }
        Map<String, String> any = headers("/index.xhtml", false);
        assertThat(any)
                .containsEntry("X-Frame-Options", "DENY")
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("Referrer-Policy", "same-origin")
                .containsEntry("Cache-Control", "no-store");
    }

    @Test
    void theOfflineFormRunsOnlyItsOwnScriptsAndAloneMayUseTheCamera() {
        for (String field : new String[] {"/field/index.html", "/field/sw.js", "/field/manifest.webmanifest"}) {
            assertThat(headers(field, false).get("Content-Security-Policy"))
                    .as(field)
                    .contains("script-src 'self'", "style-src 'self';", "worker-src 'self'", "default-src 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(headers(field, false).get("Permissions-Policy")).contains("camera=(self)");
        }
        assertThat(headers("/index.xhtml", false).get("Permissions-Policy")).contains("camera=()");
        assertThat(headers("/resources/js/offline/app.js", false).get("Permissions-Policy"))
                .contains("camera=()");
    }

    @Test
    void theSessionAndSignOnCookiesAreSecureWhenTheServerIsToldItIsBehindTls() throws IOException {
        String xml = Files.readString(Path.of("../liberty/src/main/liberty/config/server.xml"));
        assertThat(xml)
                .contains("<variable name=\"session.secure-cookies\" defaultValue=\"false\"/>")
                .containsPattern(
                        "<httpSession [^>]*cookieHttpOnly=\"true\"\\s+cookieSecure=\"\\$\\{session.secure-cookies}\""
                                + "\\s+cookieSameSite=\"Lax\"")
                .containsPattern("<webAppSecurity [^>]*httpOnlyCookies=\"true\" ssoRequiresSSL=\"\\$\\{session"
                        + ".secure-cookies}\"\\s+sameSiteCookie=\"Lax\"");
    }

    private static Map<String, String> headers(String path, boolean secure) {
        Map<String, String> headers = new HashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (p, m, a) -> switch (m.getName()) {
                    case "isSecure" -> secure;
                    case "getRequestURI" -> path;
                    case "getContextPath" -> "";
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                SecurityHeadersTest.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> {
                    if (m.getName().equals("setHeader")) {
                        headers.put((String) a[0], (String) a[1]);
                    }
                    return null;
                });
        RequestActorFilter.applySecurityHeaders(request, response);
        return headers;
    }
}
