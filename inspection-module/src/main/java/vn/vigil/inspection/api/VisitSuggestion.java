package vn.vigil.inspection.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A target establishment of an approved plan that has no visit in the plan's period yet. */
public record VisitSuggestion(
        long establishmentId,
        String name,
        String address,
        long communeId,
        String communeName,
        int riskScore,
        LocalDate lastInspectedOn)
        implements Serializable {}
