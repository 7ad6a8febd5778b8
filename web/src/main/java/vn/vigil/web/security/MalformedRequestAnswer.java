package vn.vigil.web.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import vn.vigil.web.i18n.Bundles;

/**
 * The answer to a request the server refuses before Vigil sees it (web.xml error pages): an address with an encoded
 * slash, dot or backslash, or one whose escapes do not decode. Without it the container answers with its own page,
 * which names its classes. A REST call gets a problem in the caller's language, a page a short page; the status the
 * container chose is kept (400 for these), and nothing is written to the log.
 */
@WebServlet(urlPatterns = MalformedRequestAnswer.PATH)
public class MalformedRequestAnswer extends HttpServlet {

    static final String PATH = "/error/malformed";
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given && given >= 400 && given < 500 ? given : 400;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString();
        RequestActorFilter.applySecurityHeaders(request, response);
        if (path.startsWith(request.getContextPath() + "/api/")) {
            VigilAuthenticationMechanism.problem(request, response, status, "Bad Request", "error.malformedAddress");
            return;
        }
        Locale locale = VigilAuthenticationMechanism.locale(request);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"" + locale.getLanguage()
                        + "\"><head><meta charset=\"UTF-8\"><title>"
                        + "Vigil</title></head><body><h1>" + Bundles.text(locale, "error.malformedAddress")
                        + "</h1><p><a href=\"" + request.getContextPath() + "/index.xhtml\">"
                        + Bundles.text(locale, "error.backHome") + "</a></p></body></html>");
    }
}
