package vn.vigil.inspection.api;

import java.io.Serializable;
import java.time.LocalDate;

public record ViolationRuleView(
        long id,
        ViolationRuleCode code,
        long amount,
        RuleUnit unit,
        String legalBasis,
        LocalDate validFrom,
        LocalDate validUntil,
        long version)
        implements Serializable {}
