package vn.vigil.inspection.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

public record AmendmentView(
        long id, String reason, String text, List<Long> evidenceIds, String amendedBy, Instant amendedAt)
        implements Serializable {

    public AmendmentView {
        evidenceIds = List.copyOf(evidenceIds);
    }
}
