package vn.vigil.inspection.api;

import java.util.List;

/** A correction of a signed-off record: why, what, and evidence of the visit it refers to (added after sign-off). */
public record AmendmentCommand(String reason, String text, List<Long> evidenceIds) {

    public AmendmentCommand {
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
    }
}
