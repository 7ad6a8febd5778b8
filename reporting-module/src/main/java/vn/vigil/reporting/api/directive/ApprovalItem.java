package vn.vigil.reporting.api.directive;

import java.io.Serializable;
import java.time.Instant;

/** A report or an outreach activity waiting for the caller's review or approval. */
public record ApprovalItem(
        Subject subject,
        long id,
        UnitRef unit,
        String title,
        ApprovalState state,
        String submittedBy,
        Instant submittedAt)
        implements Serializable {

    /** What is approved. */
    public enum Subject {
        REPORT,
        OUTREACH
    }
}
