package vn.vigil.inspection.api;

import java.time.LocalDate;

/** A new value for a statutory period or amount, in force from {@code validFrom}. */
public record ViolationRuleCommand(
        ViolationRuleCode code, Long amount, RuleUnit unit, String legalBasis, LocalDate validFrom) {}
