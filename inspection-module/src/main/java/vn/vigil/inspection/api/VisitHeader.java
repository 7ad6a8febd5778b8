package vn.vigil.inspection.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What heads a visit's record page and printout: where, when, who (team members' full names, lead first). */
public record VisitHeader(
        long visitId,
        long establishmentId,
        String establishmentName,
        String establishmentAddress,
        String ownerName,
        String businessLineName,
        String teamName,
        String leadName,
        List<String> memberNames,
        VisitKind kind,
        VisitStatus status,
        Instant startsAt,
        Instant endsAt)
        implements Serializable {

    public VisitHeader {
        memberNames = List.copyOf(memberNames);
    }
}
