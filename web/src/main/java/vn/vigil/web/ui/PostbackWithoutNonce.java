package vn.vigil.web.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * A form sent back that its page's session can no longer honour gets a fresh copy of the page instead of an error:
 * <ul>
 *   <li>a form posted after its session ended (timed out, signed out elsewhere, the server restarted): the nonce it
 *       carries belongs to no session, so PrimeFaces' Content-Security-Policy check would fail as the page is written
 *       again, after Faces has begun answering. It is answered before Faces runs; the login page then says that the
 *       session had ended;
 *   <li>a form sent back without the nonce its page was given (a script-less client or a forged post), refused by
 *       that check before the page is written again.
 * </ul>
 * Nothing of the post is kept, and the new page carries a new nonce.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class PostbackWithoutNonce extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PostbackWithoutNonce.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (postbackWithoutSession(request)) {
            LOG.info(() ->
                    "A form posted to " + request.getRequestURI() + " after its session ended: sent a fresh page");
            String fresh =
                    request.getRequestURI() + (request.getRequestURI().endsWith("/login.xhtml") ? "?expired=true" : "");
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter()
                        .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                                + fresh.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
            } else {
                response.sendRedirect(fresh);
            }
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!causedByNonce(e) || response.isCommitted()) {
                throw e;
            }
            LOG.info(
                    () -> "A post to " + request.getRequestURI() + " came without its page's nonce: sent a fresh page");
            response.reset();
            response.sendRedirect(request.getRequestURI());
        }
    }

    /** A Faces postback (it carries a view state) from a browser whose session is gone, or that never had one. */
    static boolean postbackWithoutSession(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && request.getSession(false) == null
                && request.getParameter("jakarta.faces.ViewState") != null;
    }

    static boolean causedByNonce(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CspException) {
                return true;
            }
        }
        return false;
    }
}
