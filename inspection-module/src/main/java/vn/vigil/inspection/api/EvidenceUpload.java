package vn.vigil.inspection.api;

import java.io.InputStream;
import java.time.Instant;

/**
 * A file handed in as evidence: its name, the content type the sender claims (checked against the content itself),
 * when it was captured (null: unknown, taken as the upload time), the bytes, read at most up to the limit, and the
 * SHA-256 the sender computed (lower-case hex; null: not given), which must match the bytes received.
 */
public record EvidenceUpload(
        String fileName, String declaredType, Instant capturedAt, InputStream content, String expectedSha256) {

    public EvidenceUpload(String fileName, String declaredType, Instant capturedAt, InputStream content) {
        this(fileName, declaredType, capturedAt, content, null);
    }
}
