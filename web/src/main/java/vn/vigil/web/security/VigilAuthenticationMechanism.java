package vn.vigil.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Locale;

/**
 * One mechanism for both doors. People sign in on the Faces login page, which hands the credential over with
 * {@code SecurityContext.authenticate}; the session then carries them ({@link AutoApplySession}). API clients send
 * HTTP Basic credentials on each call. An anonymous request for a protected page goes to the login page; one for
 * the API gets 401 with a JSON problem body.
 */
@ApplicationScoped
@AutoApplySession
public class VigilAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        RequestActorFilter.applySecurityHeaders(request, response);
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return login(context, identityStores.validate(credential));
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6) && isApi(request)) {
            UsernamePasswordCredential basic =
                    decodeBasic(authorization.substring(6).trim());
            CredentialValidationResult result =
                    basic == null ? CredentialValidationResult.INVALID_RESULT : identityStores.validate(basic);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return unauthorized(request, response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(request, response, context);
        }
        return context.redirect(request.getContextPath() + "/login.xhtml");
    }

    private static AuthenticationStatus login(HttpMessageContext context, CredentialValidationResult result) {
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static AuthenticationStatus unauthorized(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        try {
            String detail = prefersEnglish(request)
                    ? "Sign in is required: send a valid username and password."
                    : "Cần đăng nhập: hãy gửi tên đăng nhập và mật khẩu hợp lệ.";
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Vigil\", charset=\"UTF-8\"");
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"" + detail
                            + "\"}");
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * English only when the caller asks for it before Vietnamese: without an Accept-Language header the servlet
     * container reports the server's own locale, which says nothing about the caller.
     */
    private static boolean prefersEnglish(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return false;
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            if ("en".equals(locale.getLanguage()) || "vi".equals(locale.getLanguage())) {
                return "en".equals(locale.getLanguage());
            }
        }
        return false;
    }

    private static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(
                    decoded.substring(0, colon).toLowerCase(Locale.ROOT), decoded.substring(colon + 1));
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
