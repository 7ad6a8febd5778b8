package vn.vigil.inspection.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** One visit as its dialog and the API show it; times on Vietnam's clock. */
public record VisitView(
        long id,
        long establishmentId,
        String establishmentName,
        String establishmentAddress,
        long communeId,
        long teamId,
        String teamName,
        Long planId,
        VisitKind kind,
        VisitStatus status,
        LocalDateTime start,
        LocalDateTime end,
        String cancelReason,
        List<MemberView> members,
        long version)
        implements Serializable {

    public VisitView {
        members = List.copyOf(members);
    }
}
