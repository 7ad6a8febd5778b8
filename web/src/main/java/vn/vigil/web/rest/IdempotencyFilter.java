package vn.vigil.web.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import vn.vigil.core.api.offline.IdempotentRequests;
import vn.vigil.web.i18n.Bundles;

/**
 * Honours the {@code Idempotency-Key} header on {@link Idempotent} writes. The key is claimed for the signed-in user
 * with a SHA-256 of the request (method, path and query, body; a multipart body without its random boundary) before
 * the work; a successful answer is kept with it; a failed one releases it, so the corrected request may be sent with
 * the same key. A resend of the same request answers the kept answer (header {@code Idempotent-Replayed: true}); the
 * same key with another request is refused with 422; a resend while the first is still at work gets 409. Without the
 * header the write runs as always.
 */
@Provider
@Idempotent
@Priority(Priorities.USER + 100) // after the upload size check: a refused upload is never read
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    public static final String HEADER = "Idempotency-Key";
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{8,100}");
    private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";
    private static final String KEEP = IdempotencyFilter.class.getName() + ".keep";

    @Inject
    IdempotentRequests requests;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /** What was claimed: the user and the key. */
    record Claimed(String username, String key) {}

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        key = key.strip();
        if (!KEY.matcher(key).matches()) {
            request.abortWith(Problems.of(
                    headers, uri, Response.Status.BAD_REQUEST, "idempotency-key-invalid", "idempotency.keyInvalid"));
            return;
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String username = request.getSecurityContext().getUserPrincipal().getName();
        String hash = requestHash(
                request.getMethod(),
                request.getUriInfo().getRequestUri().getRawPath() + "?"
                        + request.getUriInfo().getRequestUri().getRawQuery(),
                request.getMediaType(),
                body);
        IdempotentRequests.Claim claim = requests.claim(username, key, hash);
        if (claim instanceof IdempotentRequests.Fresh) {
            request.setProperty(CLAIMED, new Claimed(username, key));
        } else if (claim instanceof IdempotentRequests.Replay replay) {
            request.abortWith(Response.status(replay.status())
                    .type(replay.contentType())
                    .entity(replay.body())
                    .header("Idempotent-Replayed", "true")
                    .build());
        } else if (claim instanceof IdempotentRequests.Mismatch) {
            request.abortWith(keyReused());
        } else {
            request.abortWith(Response.fromResponse(Problems.of(
                            headers, uri, Response.Status.CONFLICT, "idempotency-in-flight", "idempotency.inFlight"))
                    .header("Retry-After", "5")
                    .build());
        }
    }

    /** 422: the key was sent before with another request; nothing is done. */
    private Response keyReused() {
        Problem problem = new Problem(
                "about:blank",
                Problems.UNPROCESSABLE_CONTENT.getReasonPhrase(),
                422,
                Bundles.text(Problems.locale(headers), "idempotency.keyReused"),
                uri.getPath(),
                "idempotency-key-reused");
        return Response.status(Problems.UNPROCESSABLE_CONTENT)
                .type(Problems.PROBLEM_JSON)
                .entity(problem)
                .build();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof Claimed claimed)) {
            return;
        }
        request.removeProperty(CLAIMED);
        if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
            requests.release(claimed.username(), claimed.key());
        } else if (!response.hasEntity()) {
            requests.complete(claimed.username(), claimed.key(), response.getStatus(), null, new byte[0]);
        } else {
            MediaType type = response.getMediaType();
            request.setProperty(KEEP, new Kept(claimed, response.getStatus(), type == null ? null : type.toString()));
        }
    }

    /** A successful answer to keep once it is written. */
    record Kept(Claimed claimed, int status, String contentType) {}

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(KEEP) instanceof Kept kept)) {
            context.proceed();
            return;
        }
        context.removeProperty(KEEP);
        OutputStream out = context.getOutputStream();
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        context.setOutputStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                copy.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                copy.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }
        });
        context.proceed();
        requests.complete(
                kept.claimed().username(), kept.claimed().key(), kept.status(), kept.contentType(), copy.toByteArray());
    }

    /** The fingerprint of a request; a multipart body's boundary (random per send) does not count. */
    static String requestHash(String method, String target, MediaType type, byte[] body) {
        byte[] content = body;
        String boundary = type == null ? null : type.getParameters().get("boundary");
        if (boundary != null && !boundary.isEmpty()) {
            content = withoutBoundary(body, boundary.getBytes(StandardCharsets.ISO_8859_1));
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + target + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(content);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] withoutBoundary(byte[] body, byte[] boundary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
        int i = 0;
        while (i < body.length) {
            if (startsAt(body, i, boundary)) {
                i += boundary.length;
            } else {
                out.write(body[i++]);
            }
        }
        return out.toByteArray();
    }

    private static boolean startsAt(byte[] body, int at, byte[] part) {
        if (at + part.length > body.length) {
            return false;
        }
        for (int j = 0; j < part.length; j++) {
            if (body[at + j] != part[j]) {
                return false;
            }
        }
        return true;
    }
}
