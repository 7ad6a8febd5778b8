package vn.vigil.inspection.domain;

/** The largest photo and the largest PDF accepted as evidence, in bytes (configurable per deployment). */
public record EvidenceLimits(long photoBytes, long pdfBytes) {

    public static final long MB = 1024L * 1024L;

    public EvidenceLimits {
        if (photoBytes <= 0 || pdfBytes <= 0) {
            throw new IllegalArgumentException("evidence limits must be positive");
        }
    }

    public long limitFor(EvidenceType type) {
        return type.isPhoto() ? photoBytes : pdfBytes;
    }

    /** The largest file of any kind: a request larger than this (plus its envelope) is refused unread. */
    public long largest() {
        return Math.max(photoBytes, pdfBytes);
    }
}
