package vn.vigil.web.rest;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.vigil.core.api.AccessDeniedException;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.DomainException;
import vn.vigil.web.Failures;
import vn.vigil.web.StoppedStatement;

/**
 * Turns every failure of the API into a JSON problem body with a message in the caller's language. Unexpected
 * failures are logged with an incident id that the body repeats; their details never reach the client.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    /**
     * A statement ran past the ceiling: retrying the same request fails the same way, so it is a 4xx the caller must
     * change (a narrower filter), not a 503 that invites the same request again.
     */
    static final Problems.Type STATEMENT_TIMEOUT =
            new Problems.Type("tag:vigil.vn,2026:problem:statement-timeout", "problem.statementTimeout.title");

    /** Data held by another transaction for longer than the lock ceiling: it frees up, so try the same again later. */
    static final Problems.Type LOCK_TIMEOUT =
            new Problems.Type("tag:vigil.vn,2026:problem:lock-timeout", "problem.lockTimeout.title");

    /** The background executor's queue is full: try the same again later. */
    static final Problems.Type BACKGROUND_BUSY =
            new Problems.Type("tag:vigil.vn,2026:problem:background-busy", "problem.backgroundBusy.title");

    /** Seconds a caller waits before repeating a request that found its data held by another transaction. */
    static final int LOCK_RETRY_AFTER = 30;

    /** Seconds a caller waits before handing in long work again when the queue was full. */
    static final int BACKGROUND_RETRY_AFTER = 60;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Override
    public Response toResponse(Throwable failure) {
        Optional<StoppedStatement> stopped = StoppedStatement.in(failure);
        if (stopped.isPresent()) {
            return stopped(stopped.get());
        }
        if (causedBy(failure, RejectedExecutionException.class)) {
            return Problems.typed(
                            headers,
                            uri,
                            Response.Status.SERVICE_UNAVAILABLE,
                            BACKGROUND_BUSY,
                            "background-busy",
                            "error.backgroundBusy")
                    .header(HttpHeaders.RETRY_AFTER, BACKGROUND_RETRY_AFTER)
                    .build();
        }
        Throwable e = unwrap(failure);
        if (e instanceof AccessDeniedException) {
            return Problems.of(headers, uri, Response.Status.FORBIDDEN, "forbidden", "error.forbidden");
        }
        if (e instanceof vn.vigil.core.api.NotFoundException nf) {
            return Problems.of(headers, uri, Response.Status.NOT_FOUND, "not-found", nf.messageKey(), nf.arguments());
        }
        if (e instanceof ConflictException c) {
            return Problems.of(headers, uri, Response.Status.CONFLICT, "conflict", c.messageKey(), c.arguments());
        }
        if (e instanceof OptimisticLockException) {
            return Problems.of(headers, uri, Response.Status.CONFLICT, "conflict", "error.concurrentEdit");
        }
        if (e instanceof DomainException d) {
            return Problems.of(
                    headers, uri, Response.Status.BAD_REQUEST, d.messageKey(), d.messageKey(), d.arguments());
        }
        if (e instanceof JsonbException || e instanceof DateTimeParseException) {
            String property = propertyIn(failure);
            if (property != null) {
                // the field's name in the person's language, and as the client wrote it (not translated)
                return Problems.of(
                        headers,
                        uri,
                        Response.Status.BAD_REQUEST,
                        "malformed-json",
                        "error.malformedJsonField",
                        property,
                        new JsonName(property));
            }
            return Problems.of(headers, uri, Response.Status.BAD_REQUEST, "malformed-json", "error.malformedJson");
        }
        if (e instanceof ConstraintViolationException cv) {
            String details = cv.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted()
                    .reduce((a, b) -> a + "; " + b)
                    .orElse("");
            return Problems.of(headers, uri, Response.Status.BAD_REQUEST, "invalid", "error.badRequest", details);
        }
        if (e instanceof NotFoundException) {
            return Problems.of(headers, uri, Response.Status.NOT_FOUND, "not-found", "error.404.text");
        }
        if (e instanceof NotAllowedException) {
            return Problems.of(
                    headers, uri, Response.Status.METHOD_NOT_ALLOWED, "method-not-allowed", "error.methodNotAllowed");
        }
        if (e instanceof NotSupportedException) {
            return Problems.of(
                    headers,
                    uri,
                    Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported-media-type",
                    "error.unsupportedMediaType");
        }
        if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            Response.Status status =
                    Response.Status.fromStatusCode(wae.getResponse().getStatus());
            if (status == Response.Status.FORBIDDEN) {
                return Problems.of(headers, uri, status, "forbidden", "error.forbidden");
            }
            if (status == Response.Status.UNAUTHORIZED) {
                return Problems.of(headers, uri, status, "unauthorized", "error.unauthorized");
            }
            return Problems.of(
                    headers,
                    uri,
                    status == null ? Response.Status.BAD_REQUEST : status,
                    "bad-request",
                    "error.badRequest",
                    brief(e));
        }
        if (Failures.isUniqueViolation(failure)) {
            return Problems.of(headers, uri, Response.Status.CONFLICT, "duplicate", "error.duplicateValue");
        }
        if (Failures.isDoubleBooking(failure)) {
            return Problems.of(headers, uri, Response.Status.CONFLICT, "double-booked", "visit.doubleBooked");
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Incident " + incident + " at " + (uri == null ? "?" : uri.getPath()), failure);
        return Problems.of(
                headers,
                uri,
                Response.Status.INTERNAL_SERVER_ERROR,
                "incident-" + incident,
                "error.unexpected",
                incident);
    }

    private Response stopped(StoppedStatement stopped) {
        // the path only: a query string can hold what someone searched for
        stopped.log((request == null ? "?" : request.getMethod()) + " "
                + (uri == null ? "?" : uri.getRequestUri().getRawPath()));
        if (stopped.reason() == StoppedStatement.Reason.LOCKED) {
            return Problems.typed(
                            headers,
                            uri,
                            Response.Status.SERVICE_UNAVAILABLE,
                            LOCK_TIMEOUT,
                            "lock-timeout",
                            stopped.reason().messageKey())
                    .header(HttpHeaders.RETRY_AFTER, LOCK_RETRY_AFTER)
                    .build();
        }
        return Problems.typed(
                        headers,
                        uri,
                        Problems.UNPROCESSABLE_CONTENT,
                        STATEMENT_TIMEOUT,
                        "statement-timeout",
                        stopped.reason().messageKey())
                .build();
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern PROPERTY =
            java.util.regex.Pattern.compile("property '([A-Za-z_][A-Za-z0-9_]*)'");

    /** A JSON property name as the client wrote it; shown literally, never looked up as a field label. */
    record JsonName(String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The JSON-B provider names the property it could not read in its message, when it knows it. */
    private static String propertyIn(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            java.util.regex.Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable e = failure;
        for (int depth = 0; depth < 10 && e.getCause() != null; depth++) {
            if (e instanceof DomainException || e instanceof JsonbException || e instanceof OptimisticLockException) {
                return e;
            }
            if (e instanceof WebApplicationException
                    && !(e.getCause() instanceof JsonbException)
                    && !(e instanceof ProcessingException)) {
                return e;
            }
            e = e.getCause();
        }
        return e;
    }

    private static String brief(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        message = message.replaceAll("[\\r\\n\\t]+", " ");
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
