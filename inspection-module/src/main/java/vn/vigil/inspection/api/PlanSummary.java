package vn.vigil.inspection.api;

import java.io.Serializable;
import java.time.LocalDate;

/** A row of the plan list, with its coverage progress. */
public record PlanSummary(
        long id,
        String number,
        String title,
        CampaignKind campaign,
        PlanStatus status,
        LocalDate periodFrom,
        LocalDate periodUntil,
        PlanProgress progress)
        implements Serializable {}
