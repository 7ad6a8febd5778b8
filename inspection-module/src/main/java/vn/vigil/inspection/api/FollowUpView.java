package vn.vigil.inspection.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A re-inspection a finding demands by a date; open while {@code closedAt} is null. */
public record FollowUpView(
        long id,
        long establishmentId,
        String establishmentName,
        long visitId,
        String finding,
        LocalDate dueOn,
        Instant closedAt,
        String closedBy,
        String closeNote,
        Long closingVisitId,
        long version)
        implements Serializable {}
