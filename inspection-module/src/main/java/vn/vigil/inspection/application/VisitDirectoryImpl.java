package vn.vigil.inspection.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.core.api.staff.StaffMember;
import vn.vigil.core.api.unit.AdminUnitService;
import vn.vigil.inspection.api.MemberView;
import vn.vigil.inspection.api.PlanStatus;
import vn.vigil.inspection.api.VietnamTime;
import vn.vigil.inspection.api.VisitDirectory;
import vn.vigil.inspection.api.VisitFilter;
import vn.vigil.inspection.api.VisitSuggestion;
import vn.vigil.inspection.api.VisitSummary;
import vn.vigil.inspection.api.VisitView;
import vn.vigil.inspection.domain.Establishment;
import vn.vigil.inspection.domain.Establishments;
import vn.vigil.inspection.domain.InspectionPlan;
import vn.vigil.inspection.domain.PlanRepository;
import vn.vigil.inspection.domain.TeamRepository;
import vn.vigil.inspection.domain.Visit;
import vn.vigil.inspection.domain.VisitMember;
import vn.vigil.inspection.domain.VisitRepository;

@ApplicationScoped
@Guarded
@Transactional(Transactional.TxType.SUPPORTS)
@RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
public class VisitDirectoryImpl implements VisitDirectory {

    @Inject
    VisitRepository visits;

    @Inject
    TeamRepository teams;

    @Inject
    Establishments establishments;

    @Inject
    PlanRepository plans;

    @Inject
    StaffDirectory staff;

    @Inject
    AdminUnitService units;

    @Inject
    CurrentActor actor;

    @Override
    public VisitView visit(long id) {
        Visit v = visits.find(id).orElseThrow(() -> new NotFoundException("visit", id));
        Establishment e = establishments.find(v.establishmentId()).orElseThrow();
        String teamName = teams.find(v.teamId()).map(t -> t.name()).orElse("");
        Map<Long, StaffMember> people = staff
                .find(v.members().stream().map(VisitMember::userId).toList())
                .stream()
                .collect(Collectors.toMap(StaffMember::id, Function.identity()));
        List<MemberView> members = v.members().stream()
                .map(m -> TeamsImpl.member(m.userId(), m.departmentId(), people))
                .sorted(Comparator.comparing(MemberView::fullName))
                .toList();
        return new VisitView(
                v.id(),
                e.id(),
                e.name(),
                e.details().address(),
                v.communeId(),
                v.teamId(),
                teamName,
                v.planId(),
                v.kind(),
                v.status(),
                VietnamTime.local(v.period().startsAt()),
                VietnamTime.local(v.period().endsAt()),
                v.cancelReason(),
                members,
                v.version());
    }

    @Override
    public Page<VisitSummary> find(VisitFilter filter, PageRequest page) {
        VisitFilter f = filter == null ? VisitFilter.between(null, null) : filter;
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw new DomainException("visit.filterPeriodReversed");
        }
        Set<Long> provinceCommunes = f.provinceId() == null ? null : units.communesOfProvince(f.provinceId());
        Set<Long> merged = f.communeId() == null ? null : Communes.merged(units, f.communeId(), provinceCommunes);
        if (merged != null) {
            // a commune in force also finds the visits still filed under the communes merged into it
            return visits.find(
                    new VisitFilter(null, f.from(), f.to(), f.teamId(), f.establishmentId(), f.status(), null),
                    merged,
                    page);
        }
        return visits.find(f, provinceCommunes, page);
    }

    @Override
    public List<VisitSummary> mine(LocalDate from, LocalDate to) {
        StaffMember me = staff.findByUsername(actor.username())
                .orElseThrow(() -> new NotFoundException("UserAccount", actor.username()));
        return visits.ofMember(me.id(), VietnamTime.startOf(from), VietnamTime.startOf(to.plusDays(1)));
    }

    @Override
    public Page<VisitSuggestion> suggestions(long planId, PageRequest page) {
        InspectionPlan plan = plans.find(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        if (plan.status() != PlanStatus.APPROVED) {
            return new Page<>(List.of(), 0, page.page(), page.size());
        }
        List<VisitSuggestion> rows = visits.suggestions(plan, page);
        Map<Long, String> communes =
                units.namesOf(rows.stream().map(VisitSuggestion::communeId).collect(Collectors.toSet()));
        return new Page<>(
                rows.stream()
                        .map(s -> new VisitSuggestion(
                                s.establishmentId(),
                                s.name(),
                                s.address(),
                                s.communeId(),
                                communes.getOrDefault(s.communeId(), ""),
                                s.riskScore(),
                                s.lastInspectedOn()))
                        .toList(),
                visits.countSuggestions(plan),
                page.page(),
                page.size());
    }
}
