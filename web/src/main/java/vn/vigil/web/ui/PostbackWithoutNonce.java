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
 * A form sent back without the nonce its page was given (a script-less client, a page kept open across a restart, or
 * a forged post) is refused by PrimeFaces' Content-Security-Policy check before the page is written again. The person
 * is sent back to a fresh copy of the page instead of an error: nothing of the post was kept past the check, and the
 * new page carries a new nonce.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class PostbackWithoutNonce extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PostbackWithoutNonce.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
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

    static boolean causedByNonce(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CspException) {
                return true;
            }
        }
        return false;
    }
}
