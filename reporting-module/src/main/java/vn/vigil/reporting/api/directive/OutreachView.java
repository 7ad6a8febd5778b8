package vn.vigil.reporting.api.directive;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An outreach activity with its approval state. {@code communes} are the communes' names, in the order given. */
public record OutreachView(
        long id,
        LocalDate heldOn,
        UnitRef unit,
        OutreachKind kind,
        Set<Audience> audiences,
        List<Long> communeIds,
        List<String> communes,
        int participants,
        int materials,
        String description,
        boolean hasPhoto,
        ApprovalState state,
        String submittedBy,
        String reviewedBy,
        String approvedBy,
        String returnedReason,
        long version)
        implements Serializable {}
