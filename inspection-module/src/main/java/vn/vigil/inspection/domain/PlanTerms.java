package vn.vigil.inspection.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Text;
import vn.vigil.inspection.api.CampaignKind;
import vn.vigil.inspection.api.PlanCommand;
import vn.vigil.inspection.api.TargetSelection;

/** The terms of a plan, checked: who approves, when, where, which establishments and what is to be reached. */
public record PlanTerms(
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
        int coverageTargetPercent,
        int minUnannouncedVisits) {

    public PlanTerms {
        number = Text.required(number, "plan.number", 40);
        title = Text.required(title, "plan.title", 300);
        required(campaign, "plan.campaign");
        approverName = Text.required(approverName, "plan.approverName", 120);
        approverPosition = Text.required(approverPosition, "plan.approverPosition", 160);
        required(periodFrom, "plan.periodFrom");
        required(periodUntil, "plan.periodUntil");
        if (periodFrom.isAfter(periodUntil)) {
            throw new DomainException("plan.periodReversed");
        }
        communeIds = Set.copyOf(communeIds == null ? Set.of() : communeIds);
        businessLineIds = Set.copyOf(businessLineIds == null ? Set.of() : businessLineIds);
        if (communeIds.isEmpty() && businessLineIds.isEmpty()) {
            throw new DomainException("plan.scopeEmpty");
        }
        required(targetSelection, "plan.targetSelection");
        establishmentIds = Set.copyOf(establishmentIds == null ? Set.of() : establishmentIds);
        if (targetSelection == TargetSelection.BY_RISK) {
            required(minRisk, "plan.minRisk");
            if (minRisk < 0 || minRisk > 100) {
                throw new DomainException("plan.minRiskOutOfRange");
            }
            establishmentIds = Set.of();
        } else {
            if (establishmentIds.isEmpty()) {
                throw new DomainException("plan.noChosenEstablishments");
            }
            minRisk = null;
        }
        if (coverageTargetPercent < 0 || coverageTargetPercent > 100) {
            throw new DomainException("plan.coverageOutOfRange");
        }
        if (minUnannouncedVisits < 0 || minUnannouncedVisits > 100_000) {
            throw new DomainException("plan.unannouncedOutOfRange");
        }
    }

    /** Reads a command; missing targets are refused by name before the record checks the rest. */
    public static PlanTerms of(PlanCommand c) {
        required(c.coverageTargetPercent(), "plan.coverageTarget");
        required(c.minUnannouncedVisits(), "plan.minUnannounced");
        return new PlanTerms(
                c.number(),
                c.title(),
                c.campaign(),
                c.approverName(),
                c.approverPosition(),
                c.periodFrom(),
                c.periodUntil(),
                c.communeIds(),
                c.businessLineIds(),
                c.targetSelection(),
                c.minRisk(),
                c.establishmentIds(),
                c.coverageTargetPercent(),
                c.minUnannouncedVisits());
    }

    /** The year a number must be unique in: the year the period starts. */
    public int year() {
        return periodFrom.getYear();
    }

    /** The number as compared for uniqueness: case does not matter. */
    public String numberKey() {
        return number.toLowerCase(Locale.ROOT);
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw new DomainException("validation.required", field);
        }
    }
}
