package vn.vigil.inspection.api;

import java.time.LocalDate;
import java.util.List;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;

/**
 * Inspection plans and campaigns. Inspectors, team leads and administrators read them; only a team lead drafts,
 * revises, approves and closes. An approved plan is not edited any more: its targets are fixed at approval.
 */
public interface InspectionPlans {

    PlanView draftPlan(PlanCommand command);

    PlanView revisePlan(long id, long version, PlanCommand command);

    /** {@code approvedOn}: the day the official signed the plan, not in the future. */
    PlanView approvePlan(long id, long version, LocalDate approvedOn);

    PlanView closePlan(long id, long version);

    PlanView plan(long id);

    PlanProgress progressOf(long planId);

    Page<PlanSummary> list(PlanQuery query, PageRequest page);

    /**
     * Approved or closed plans whose period meets these days (both included), among the 50 newest, with their
     * progress: figures for the reporting overview of every role (a plan names no person). The list of plans itself
     * stays with inspection's roles.
     */
    List<PlanSummary> meeting(LocalDate from, LocalDate until);
}
