package vn.vigil.inspection.api;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a team lead writes in a draft plan. {@code minRisk} is used when targets are selected by risk,
 * {@code establishmentIds} when they are chosen one by one.
 */
public record PlanCommand(
        String number,
        String title,
        CampaignKind campaign,
        String approverName,
        String approverPosition,
        LocalDate periodFrom,
        LocalDate periodUntil,
        Set<Long> communeIds,
        Set<Long> businessLineIds,
        TargetSelection targetSelection,
        Integer minRisk,
        Set<Long> establishmentIds,
        Integer coverageTargetPercent,
        Integer minUnannouncedVisits) {}
