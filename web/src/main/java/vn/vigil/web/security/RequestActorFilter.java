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

    /**
     * The policy of responses that are not pages (REST answers, files, redirects): nothing in them may run or be
     * framed. Pages get theirs from PrimeFaces, with a per-response nonce (primefaces.CSP in web.xml); two policies
     * on one page would both apply, so a page gets only that one.
     */
    static final String CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /**
     * The policy of the offline visit form (/field/: a static page, its service worker and manifest): its own scripts
     * only, no inline script or style at all, photos shown from blob: URLs the page makes, requests to Vigil only.
     */
    static final String FIELD_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:;"
            + " connect-src 'self'; manifest-src 'self'; worker-src 'self'; form-action 'none';"
            + " frame-ancestors 'none'; base-uri 'none'";

    /** Headers every response carries, also those the security mechanism sends before this filter runs. */
    static void applySecurityHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // the offline visit form takes evidence photos with the tablet's camera; no other page may use it
        response.setHeader(
                "Permissions-Policy",
                path.startsWith("/field/")
                        ? "camera=(self), microphone=(), geolocation=(self)"
                        : "camera=(), microphone=(), geolocation=(self)");
        if (path.startsWith("/field/")) {
            response.setHeader("Content-Security-Policy", FIELD_CSP);
        } else if (!isPage(path)) {
            response.setHeader("Content-Security-Policy", CSP);
        }
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/resources/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** A Faces page (the welcome page included), whose policy PrimeFaces writes. */
    static boolean isPage(String path) {
        return path.isEmpty()
                || path.equals("/")
                || (path.endsWith(".xhtml") && !path.startsWith("/jakarta.faces.resource/"));
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
