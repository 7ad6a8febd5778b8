package vn.vigil.inspection.api;

import java.time.Instant;
import java.util.List;

public record AmendmentView(
        long id, String reason, String text, List<Long> evidenceIds, String amendedBy, Instant amendedAt) {

    public AmendmentView {
        evidenceIds = List.copyOf(evidenceIds);
    }
}
