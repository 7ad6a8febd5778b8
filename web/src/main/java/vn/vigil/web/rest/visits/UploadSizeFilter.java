package vn.vigil.web.rest.visits;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import vn.vigil.inspection.api.EvidenceLocker;
import vn.vigil.web.rest.Problems;

/**
 * Refuses an upload before its body is read: 411 when it does not say how long it is, 413 when its Content-Length is
 * above the largest evidence file plus room for the multipart envelope. So a 200 MB upload is never buffered.
 */
@Provider
@UploadLimited
public class UploadSizeFilter implements ContainerRequestFilter {

    /** Part headers, boundaries and small form fields around the file. */
    static final long ENVELOPE_BYTES = 64 * 1024;

    private static final long MB = 1024 * 1024;

    @Inject
    EvidenceLocker locker;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public void filter(ContainerRequestContext request) {
        long largest = locker.largestAccepted();
        long length = announcedLength(request.getHeaderString(HttpHeaders.CONTENT_LENGTH));
        if (length < 0) {
            request.abortWith(Problems.of(
                    headers, uri, Response.Status.LENGTH_REQUIRED, "length-required", "evidence.lengthRequired"));
        } else if (length > largest + ENVELOPE_BYTES) {
            request.abortWith(Problems.of(
                    headers,
                    uri,
                    Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "too-large",
                    "evidence.requestTooLarge",
                    largest / MB));
        }
    }

    /** The Content-Length as sent (a long: ContainerRequestContext.getLength() gives -1 above 2 GB), or -1. */
    static long announcedLength(String header) {
        if (header == null || header.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
