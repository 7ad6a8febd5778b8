package vn.vigil.web.rest;

import static java.nio.charset.StandardCharsets.UTF_8;

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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import vn.vigil.core.api.offline.IdempotentRequests;
import vn.vigil.web.i18n.Bundles;

/**
 * Honours the {@code Idempotency-Key} header on {@link Idempotent} writes. The key is claimed for the signed-in user
 * with a SHA-256 of the request (method, path and query, body; for a multipart upload its Repr-Digest) before
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
        String username = request.getSecurityContext().getUserPrincipal().getName();
        String target = request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery();
        String hash;
        MediaType type = request.getMediaType();
        if (type != null && "multipart".equalsIgnoreCase(type.getType())) {
            // the parts are read by the container from the request itself, so the body is left alone: the file's
            // digest, which the upload must give and the server checks against the bytes, stands for it
            String digest = request.getHeaderString("Repr-Digest");
            if (digest == null || digest.isBlank()) {
                request.abortWith(Problems.of(
                        headers,
                        uri,
                        Response.Status.BAD_REQUEST,
                        "idempotency-digest-required",
                        "idempotency.digestRequired"));
                return;
            }
            hash = requestHash(request.getMethod(), target, ("Repr-Digest: " + digest.strip()).getBytes(UTF_8));
        } else {
            // read under the same ceiling as every JSON body (StrictJsonBodies): a larger one is refused unread
            byte[] body = request.hasEntity() ? StrictJsonBodies.read(request.getEntityStream()) : new byte[0];
            request.setEntityStream(new ByteArrayInputStream(body));
            hash = requestHash(request.getMethod(), target, body);
        }
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

    /** The fingerprint of a request: method, target and content. */
    static String requestHash(String method, String target, byte[] content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + target + "\n").getBytes(UTF_8));
            sha.update(content);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
