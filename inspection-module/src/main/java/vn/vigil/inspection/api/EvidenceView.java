package vn.vigil.inspection.api;

import java.io.Serializable;
import java.time.Instant;

/** A stored piece of evidence of a visit; {@code afterSignOff} marks files added to an amendment. */
public record EvidenceView(
        long id,
        long visitId,
        String fileName,
        String contentType,
        long size,
        String sha256,
        Instant capturedAt,
        Instant uploadedAt,
        String uploadedBy,
        boolean afterSignOff)
        implements Serializable {}
