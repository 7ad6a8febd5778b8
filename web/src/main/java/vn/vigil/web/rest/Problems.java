package vn.vigil.web.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import vn.vigil.web.i18n.Bundles;

/** Builds problem responses in the language the caller asked for (Vietnamese unless English is preferred). */
final class Problems {

    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json", "UTF-8");

    private Problems() {}

    static Response of(
            HttpHeaders headers, UriInfo uri, Response.Status status, String code, String key, Object... args) {
        Locale locale = locale(headers);
        String detail = Bundles.text(locale, key, args);
        Problem problem = new Problem(
                "about:blank",
                status.getReasonPhrase(),
                status.getStatusCode(),
                detail,
                uri == null ? null : uri.getPath(),
                code);
        return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
    }

    static Locale locale(HttpHeaders headers) {
        if (headers == null) {
            return Bundles.VIETNAMESE;
        }
        List<Locale> accepted = headers.getAcceptableLanguages();
        for (Locale locale : accepted) {
            if ("en".equals(locale.getLanguage())) {
                return Bundles.ENGLISH;
            }
            if ("vi".equals(locale.getLanguage())) {
                return Bundles.VIETNAMESE;
            }
        }
        return Bundles.VIETNAMESE;
    }
}
