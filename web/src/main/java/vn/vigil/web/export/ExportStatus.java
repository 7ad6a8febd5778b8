package vn.vigil.web.export;

import java.time.Instant;

/**
 * An export as its owner sees it.
 *
 * @param state QUEUED, RUNNING, READY (the file can be downloaded) or FAILED
 * @param rows rows written so far
 * @param total rows the list has (an estimate when {@code totalExact} is false)
 * @param percent 0 to 100; 100 once it ended
 * @param expiresAt when the file is deleted if nobody downloads it
 * @param failure why it failed, in the owner's language
 */
public record ExportStatus(
        String id,
        String list,
        String title,
        ExportFormat format,
        String state,
        long rows,
        long total,
        boolean totalExact,
        int percent,
        String fileName,
        Instant startedAt,
        Instant expiresAt,
        String failure) {

    public boolean ready() {
        return "READY".equals(state);
    }

    public boolean failed() {
        return "FAILED".equals(state);
    }
}
