package vn.vigil.inspection.domain;

import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.RuleUnit;

/** A statutory period as the rule table states it: so many working days, calendar days or months. */
public record RulePeriod(int amount, RuleUnit unit) {

    public RulePeriod {
        if (unit == null || !unit.isPeriod()) {
            throw new DomainException("violationRule.notAPeriod", "violationRule.unit." + unit);
        }
        if (amount < 0) {
            throw new DomainException("violationRule.amountNegative");
        }
    }

    public static RulePeriod workingDays(int amount) {
        return new RulePeriod(amount, RuleUnit.WORKING_DAYS);
    }

    public static RulePeriod days(int amount) {
        return new RulePeriod(amount, RuleUnit.DAYS);
    }

    public static RulePeriod months(int amount) {
        return new RulePeriod(amount, RuleUnit.MONTHS);
    }
}
