package vn.vigil.inspection.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.unit.AdminUnitService;
import vn.vigil.inspection.api.InspectionPlans;
import vn.vigil.inspection.api.PlanCommand;
import vn.vigil.inspection.api.PlanProgress;
import vn.vigil.inspection.api.PlanQuery;
import vn.vigil.inspection.api.PlanStatus;
import vn.vigil.inspection.api.PlanSummary;
import vn.vigil.inspection.api.PlanView;
import vn.vigil.inspection.domain.InspectionPlan;
import vn.vigil.inspection.domain.PlanRepository;
import vn.vigil.inspection.domain.PlanTerms;

@ApplicationScoped
@Guarded
@Transactional
@RolesAllowed(Role.Names.TEAM_LEAD)
public class InspectionPlansImpl implements InspectionPlans {

    /** At most this many of the newest plans are looked at for the reports. */
    static final int PLANS_MEETING = 50;

    @Inject
    PlanRepository plans;

    @Inject
    AdminUnitService units;

    @Inject
    AuditLog audit;

    @Override
    public PlanView draftPlan(PlanCommand command) {
        PlanTerms terms = checkedTerms(command, null);
        InspectionPlan plan = plans.add(new InspectionPlan(terms));
        plans.flush();
        audit.record(AuditEvent.of("PLAN_DRAFTED", "InspectionPlan", plan.id(), plan.number()));
        return view(plan);
    }

    @Override
    public PlanView revisePlan(long id, long version, PlanCommand command) {
        InspectionPlan plan = loaded(id, version);
        plan.requireDraft();
        plan.revise(checkedTerms(command, plan.id()));
        plans.flush();
        audit.record(AuditEvent.of("PLAN_REVISED", "InspectionPlan", id, plan.number()));
        return view(plan);
    }

    @Override
    public PlanView approvePlan(long id, long version, LocalDate approvedOn) {
        InspectionPlan plan = loaded(id, version);
        plan.requireDraft();
        int targets = plans.fixTargets(plan);
        plan.approve(approvedOn, targets, LocalDate.now(EstablishmentRegistryImpl.VIETNAM));
        plans.flush();
        audit.record(AuditEvent.of("PLAN_APPROVED", "InspectionPlan", id, plan.number() + " targets=" + targets));
        return view(plan);
    }

    @Override
    public PlanView closePlan(long id, long version) {
        InspectionPlan plan = loaded(id, version);
        plan.close();
        plans.flush();
        audit.record(AuditEvent.of("PLAN_CLOSED", "InspectionPlan", id, plan.number()));
        return view(plan);
    }

    @Override
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanView plan(long id) {
        return view(found(id));
    }

    @Override
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanProgress progressOf(long planId) {
        return plans.progressOf(found(planId));
    }

    @Override
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PlanSummary> list(PlanQuery query, PageRequest page) {
        PlanQuery q = query == null ? PlanQuery.all() : query;
        return new Page<>(plans.page(q, page), plans.count(q), page.page(), page.size());
    }

    @Override
    @RolesAllowed({
        Role.Names.INSPECTOR,
        Role.Names.TEAM_LEAD,
        Role.Names.LEGAL_OFFICER,
        Role.Names.CASE_WORKER,
        Role.Names.FINANCE_OFFICER,
        Role.Names.COMMITTEE_VIEWER,
        Role.Names.ADMIN
    })
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanSummary> meeting(LocalDate from, LocalDate until) {
        return plans.page(PlanQuery.all(), PageRequest.first(PLANS_MEETING)).stream()
                .filter(p -> p.status() != PlanStatus.DRAFT)
                .filter(p -> !p.periodFrom().isAfter(until) && !p.periodUntil().isBefore(from))
                .toList();
    }

    /** Validates the terms and everything they refer to, before any entity changes. */
    private PlanTerms checkedTerms(PlanCommand command, Long self) {
        PlanTerms terms = PlanTerms.of(command);
        if (plans.numberTaken(terms.year(), terms.numberKey(), self)) {
            throw new DomainException("plan.numberTaken", terms.number(), String.valueOf(terms.year()));
        }
        if (units.namesOf(terms.communeIds()).size() != terms.communeIds().size()) {
            throw new DomainException("plan.communeUnknown");
        }
        if (plans.countBusinessLines(terms.businessLineIds())
                != terms.businessLineIds().size()) {
            throw new DomainException("plan.lineUnknown");
        }
        if (plans.countEstablishments(terms.establishmentIds())
                != terms.establishmentIds().size()) {
            throw new DomainException("plan.establishmentUnknown");
        }
        return terms;
    }

    private InspectionPlan loaded(long id, long version) {
        InspectionPlan plan = found(id);
        if (plan.version() != version) {
            throw new ConflictException("plan");
        }
        return plan;
    }

    private InspectionPlan found(long id) {
        return plans.find(id).orElseThrow(() -> new NotFoundException("InspectionPlan", id));
    }

    private static PlanView view(InspectionPlan p) {
        return new PlanView(
                p.id(),
                p.number(),
                p.title(),
                p.campaign(),
                p.approverName(),
                p.approverPosition(),
                p.approvedOn(),
                p.periodFrom(),
                p.periodUntil(),
                p.status(),
                p.communeIds(),
                p.businessLineIds(),
                p.targetSelection(),
                p.minRisk(),
                p.chosenEstablishmentIds(),
                p.coverageTargetPercent(),
                p.minUnannouncedVisits(),
                p.targetCount(),
                p.version());
    }
}
