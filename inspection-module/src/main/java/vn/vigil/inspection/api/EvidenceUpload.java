package vn.vigil.inspection.api;

import java.io.InputStream;
import java.time.Instant;

/**
 * A file handed in as evidence: its name, the content type the sender claims (checked against the content itself),
 * when it was captured (null: unknown, taken as the upload time) and the bytes, read at most up to the limit.
 */
public record EvidenceUpload(String fileName, String declaredType, Instant capturedAt, InputStream content) {}
