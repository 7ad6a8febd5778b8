package vn.vigil.inspection.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** The visits a tablet takes offline, with what their forms need; see {@link OfflineVisits}. */
public record OfflineBundle(
        Instant takenAt,
        List<Visit> visits,
        List<Establishment> establishments,
        List<ChecklistVersionView> checklists) {

    public OfflineBundle {
        visits = List.copyOf(visits);
        establishments = List.copyOf(establishments);
        checklists = List.copyOf(checklists);
    }

    /**
     * A visit as taken offline: its state and version then, and, if recording had begun, the record's version and
     * checklist (else the checklist in force for the establishment's business line, which recording will fix).
     */
    public record Visit(
            long id,
            long establishmentId,
            long teamId,
            String teamName,
            VisitKind kind,
            VisitStatus status,
            LocalDateTime start,
            LocalDateTime end,
            long version,
            Long recordVersion,
            Long checklistVersionId) {}

    /** An establishment's non-personal details: no owner, representative or phone. */
    public record Establishment(
            long id,
            String name,
            String businessLineVi,
            String businessLineEn,
            String registrationNo,
            String address,
            String communeName,
            EstablishmentStatus status) {}
}
