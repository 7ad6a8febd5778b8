package vn.vigil.inspection.domain;

import java.time.LocalDate;
import java.util.Optional;
import vn.vigil.inspection.api.ViolationRuleCode;

/** Which statutory period runs for a case in its current state, and from which day. */
public final class CaseDeadlines {

    /** A period of the rule table counted from a day. */
    public record Running(ViolationRuleCode rule, LocalDate from) {}

    private CaseDeadlines() {}

    public static Optional<Running> running(ViolationCase c) {
        if (c.suspendedByComplaint()) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                switch (c.status()) {
                    case OPENED -> new Running(ViolationRuleCode.RECORD, c.detectedOn());
                    case RECORDED -> new Running(ViolationRuleCode.DECISION, c.recordedOn());
                    case EXPLANATION -> new Running(ViolationRuleCode.DECISION_EXPLANATION, c.recordedOn());
                    case RETURNED -> new Running(ViolationRuleCode.DECISION_AFTER_RETURN, c.returnedOn());
                    case DECIDED -> new Running(ViolationRuleCode.DELIVERY, c.decidedOn());
                    case DELIVERED -> new Running(ViolationRuleCode.PAYMENT, c.deliveredOn());
                    default -> null;
                });
    }

    /** The limitation rule for the case: two years for the fields the law lists, one year otherwise. */
    public static ViolationRuleCode limitationRule(ViolationCase c) {
        return c.listedField() ? ViolationRuleCode.LIMITATION_LISTED_FIELDS : ViolationRuleCode.LIMITATION;
    }
}
