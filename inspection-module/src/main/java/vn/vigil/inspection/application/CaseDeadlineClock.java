package vn.vigil.inspection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.calendar.WorkingCalendar;
import vn.vigil.inspection.api.ViolationRuleCode;
import vn.vigil.inspection.domain.CaseDeadlines;
import vn.vigil.inspection.domain.DeadlineCalculator;
import vn.vigil.inspection.domain.ViolationCase;
import vn.vigil.inspection.domain.ViolationRule;
import vn.vigil.inspection.domain.ViolationRuleRepository;

/** Due dates of a case from the rule in force on the day a period starts and the working-day calendar. */
@ApplicationScoped
public class CaseDeadlineClock {

    @Inject
    ViolationRuleRepository rules;

    @Inject
    WorkingCalendar calendar;

    protected CaseDeadlineClock() {}

    public CaseDeadlineClock(ViolationRuleRepository rules, WorkingCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    public LocalDate due(ViolationRuleCode code, LocalDate start) {
        return new DeadlineCalculator(calendar).due(start, rule(code, start).period());
    }

    public long amount(ViolationRuleCode code, LocalDate day) {
        return rule(code, day).amount();
    }

    /** Sets the case's next deadline for the state it is in now (none once nothing runs). */
    public void setNextDeadline(ViolationCase c) {
        CaseDeadlines.running(c)
                .ifPresentOrElse(
                        running -> c.nextDeadline(running.rule(), due(running.rule(), running.from())),
                        () -> c.nextDeadline(null, null));
    }

    public LocalDate limitationEnds(ViolationCase c) {
        return due(CaseDeadlines.limitationRule(c), c.limitationStart());
    }

    private ViolationRule rule(ViolationRuleCode code, LocalDate day) {
        return rules.inForce(code, day)
                .orElseThrow(() -> new DomainException("violationRule.noneInForce", code.field(), day));
    }
}
