package vn.vigil.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Marks the current thread as serving a web request, so {@link CurrentActorImpl} never mistakes an anonymous
 * request for the system itself, and adds security headers to every response.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestActorFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final ThreadLocal<Boolean> IN_REQUEST = new ThreadLocal<>();

    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /** Headers every response carries, also those the security mechanism sends before this filter runs. */
    static void applySecurityHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/resources/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    static boolean inRequest() {
        return Boolean.TRUE.equals(IN_REQUEST.get());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        applySecurityHeaders(request, response);
        IN_REQUEST.set(Boolean.TRUE);
        try {
            chain.doFilter(request, response);
        } finally {
            IN_REQUEST.remove();
        }
    }
}
