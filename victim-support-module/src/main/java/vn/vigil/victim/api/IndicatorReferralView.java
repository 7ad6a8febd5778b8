package vn.vigil.victim.api;

import java.io.Serializable;
import java.time.Instant;

/** A visit signed off with trafficking indicators, waiting for (or given) a case worker's decision. */
public record IndicatorReferralView(
        long id,
        long visitId,
        long establishmentId,
        Instant receivedAt,
        IndicatorReferralStatus status,
        String decidedBy,
        Instant decidedAt,
        String dismissalReason,
        String caseCode,
        long version)
        implements Serializable {}
