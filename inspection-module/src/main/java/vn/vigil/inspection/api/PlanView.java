package vn.vigil.inspection.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/** One plan as its page and the API show it. {@code targetCount} is 0 until the plan is approved. */
public record PlanView(
        long id,
        String number,
        String title,
        CampaignKind campaign,
        String approverName,
        String approverPosition,
        LocalDate approvedOn,
        LocalDate periodFrom,
        LocalDate periodUntil,
        PlanStatus status,
        Set<Long> communeIds,
        Set<Long> businessLineIds,
        TargetSelection targetSelection,
        Integer minRisk,
        Set<Long> establishmentIds,
        int coverageTargetPercent,
        int minUnannouncedVisits,
        int targetCount,
        long version)
        implements Serializable {}
