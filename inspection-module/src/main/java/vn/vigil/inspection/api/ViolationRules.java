package vn.vigil.inspection.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The statutory periods and amounts of the violation workflow, as dated rule data: a change of law is a new rule
 * from a later day, and the rule in force on a case's start day is the one that counts.
 */
public interface ViolationRules {

    /** Every rule, past, present and future, by code then start. */
    List<ViolationRuleView> rules();

    ViolationRuleView inForce(ViolationRuleCode code, LocalDate day);

    /** The due date of a period rule counted from {@code start} with the rule in force on that day. */
    LocalDate due(ViolationRuleCode code, LocalDate start);

    /** Puts a new value in force from its start day; the code's latest rule ends the day before. */
    ViolationRuleView supersede(ViolationRuleCommand command);

    /**
     * Takes back a rule entered by mistake, before it comes into force: only the latest rule of its code, only while
     * its start day is still ahead (a rule in force may already have set a case's deadline). The rule it superseded
     * runs on without end again.
     */
    void withdraw(long id, long version);
}
