package vn.vigil.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import vn.vigil.core.api.audit.AccessRefusals;

/**
 * Audits every request answered 403 that no service audited already: an endpoint whose roles exclude the caller,
 * a page outside the caller's roles (the container refuses those before any filter, so they are caught on the
 * way to the error page).
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR},
        asyncSupported = true)
public class RefusedRequestAudit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    AccessRefusals refusals;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(status)) {
                audit(request, uri == null ? request.getRequestURI() : uri.toString());
            }
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
            audit(request, request.getRequestURI());
        }
    }

    private void audit(HttpServletRequest request, String path) {
        if (refusals.auditedInThisRequest()) {
            return;
        }
        Principal who = request.getUserPrincipal();
        refusals.requestRefused(who == null ? null : who.getName(), request.getMethod(), path);
    }
}
