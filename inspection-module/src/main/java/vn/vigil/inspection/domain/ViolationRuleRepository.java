package vn.vigil.inspection.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.vigil.inspection.api.ViolationRuleCode;

public interface ViolationRuleRepository {

    ViolationRule add(ViolationRule rule);

    Optional<ViolationRule> find(long id);

    Optional<ViolationRule> inForce(ViolationRuleCode code, LocalDate day);

    /** The latest-starting rule of a code (the one a successor supersedes). */
    Optional<ViolationRule> latest(ViolationRuleCode code);

    /** Every rule, past and present, by code then start. */
    List<ViolationRule> all();

    /** The rule of the code in force on the day before {@code day}, if any: the one a rule from {@code day} followed. */
    default Optional<ViolationRule> predecessor(ViolationRuleCode code, LocalDate day) {
        return inForce(code, day.minusDays(1));
    }

    void remove(ViolationRule rule);

    void flush();
}
