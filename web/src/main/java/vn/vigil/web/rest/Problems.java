package vn.vigil.web.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import vn.vigil.web.i18n.Bundles;

/** Builds problem responses in the language the caller asked for (Vietnamese unless English is preferred). */
public final class Problems {

    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json", "UTF-8");

    private Problems() {}

    /**
     * A problem with a type of its own (RFC 9457, section 3.1.1): a URI that names it (not meant to be fetched)
     * and the bundle key of its title, the same for every occurrence.
     */
    record Type(String uri, String titleKey) {}

    /** 422: the request is well formed, but the server will not carry it out as asked. */
    static final Response.StatusType UNPROCESSABLE_CONTENT = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    /** A problem of its own type; the caller may add headers (Retry-After) before building it. */
    static Response.ResponseBuilder typed(
            HttpHeaders headers,
            UriInfo uri,
            Response.StatusType status,
            Type type,
            String code,
            String key,
            Object... args) {
        Locale locale = locale(headers);
        Problem problem = new Problem(
                type.uri(),
                Bundles.text(locale, type.titleKey()),
                status.getStatusCode(),
                Bundles.text(locale, key, args),
                uri == null ? null : uri.getPath(),
                code);
        return Response.status(status).type(PROBLEM_JSON).entity(problem);
    }

    public static Response of(
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

    public static Locale locale(HttpHeaders headers) {
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
