package vn.vigil.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request forgery: a REST call that changes something and proves who it is only by the session cookie
 * (no Authorization header, which another site's page cannot attach) is refused with 403 when the browser says it
 * comes from another origin ({@code Origin}, or {@code Referer} when there is no Origin) than the host it was sent to.
 * Calls with HTTP Basic or an API token, reads, and same-origin calls of Vigil's own pages go through.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class CrossOriginGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (refused(
                request.getMethod(),
                request.getHeader("Authorization"),
                request.getHeader("Origin"),
                request.getHeader("Referer"),
                request.getHeader("Host"))) {
            VigilAuthenticationMechanism.problem(request, response, 403, "Forbidden", "error.crossOrigin");
            return;
        }
        chain.doFilter(request, response);
    }

    /** A host as "name:port", the port taken from the text or else the origin's (a browser omits default ports). */
    private static String withPort(String host, int defaultPort) {
        int colon = host.lastIndexOf(':');
        boolean hasPort = colon > host.lastIndexOf(']') && colon >= 0;
        return hasPort ? host : host + ":" + defaultPort;
    }

    /** Whether a call is a cookie-authenticated change sent from another site. */
    static boolean refused(String method, String authorization, String origin, String referer, String host) {
        if (SAFE.contains(method.toUpperCase(Locale.ROOT)) || (authorization != null && !authorization.isBlank())) {
            return false;
        }
        String from = origin != null && !origin.isBlank() && !"null".equals(origin) ? origin : referer;
        if (from == null || from.isBlank()) {
            return "null".equals(origin);
        }
        try {
            URI uri = URI.create(from.strip());
            if (uri.getHost() == null || host == null) {
                return true;
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return !withPort(uri.getHost(), port).equalsIgnoreCase(withPort(host.strip(), port));
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
