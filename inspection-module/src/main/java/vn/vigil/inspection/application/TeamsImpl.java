package vn.vigil.inspection.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.Text;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.staff.StaffDirectory;
import vn.vigil.core.api.staff.StaffMember;
import vn.vigil.inspection.api.MemberView;
import vn.vigil.inspection.api.TeamCommand;
import vn.vigil.inspection.api.TeamView;
import vn.vigil.inspection.api.Teams;
import vn.vigil.inspection.domain.Team;
import vn.vigil.inspection.domain.TeamMember;
import vn.vigil.inspection.domain.TeamRepository;

@ApplicationScoped
@Guarded
@Transactional
@RolesAllowed({Role.Names.TEAM_LEAD, Role.Names.ADMIN})
public class TeamsImpl implements Teams {

    static final Set<Role> FIELD_ROLES = EnumSet.of(Role.INSPECTOR, Role.TEAM_LEAD);

    @Inject
    TeamRepository teams;

    @Inject
    StaffDirectory staff;

    @Inject
    AuditLog audit;

    @Inject
    CurrentActor actor;

    @Override
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TeamView> list(boolean activeOnly) {
        List<Team> found = teams.list(activeOnly);
        Map<Long, StaffMember> people = people(found.stream()
                .flatMap(t -> t.members().stream())
                .map(TeamMember::userId)
                .collect(Collectors.toSet()));
        return found.stream().map(t -> view(t, people)).toList();
    }

    @Override
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
    @Transactional(Transactional.TxType.SUPPORTS)
    public TeamView team(long id) {
        return view(found(id));
    }

    @Override
    public TeamView createTeam(TeamCommand command) {
        TeamCommand c = required(command);
        requireFreeName(c.name(), null);
        Team team = teams.add(new Team(c.name(), c.leadUserId(), staffOf(c.memberIds())));
        teams.flush();
        audit.record(AuditEvent.of("TEAM_CREATED", "Team", team.id(), team.name()));
        return view(team);
    }

    @Override
    public TeamView reviseTeam(long id, long version, TeamCommand command) {
        TeamCommand c = required(command);
        Team team = loaded(id, version);
        requireFreeName(c.name(), id);
        team.revise(c.name(), c.leadUserId(), staffOf(c.memberIds()));
        teams.flush();
        audit.record(AuditEvent.of("TEAM_REVISED", "Team", id, team.name()));
        return view(team);
    }

    @Override
    public TeamView deactivateTeam(long id, long version) {
        Team team = loaded(id, version);
        team.deactivate();
        teams.flush();
        audit.record(AuditEvent.of("TEAM_DEACTIVATED", "Team", id, team.name()));
        return view(team);
    }

    @Override
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffMember> candidates() {
        return staff.enabledWith(FIELD_ROLES);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffMember> candidates(String text, boolean leadsOnly, int limit) {
        Long ownDepartment = actor.username() == null
                ? null
                : staff.findByUsername(actor.username())
                        .map(StaffMember::departmentId)
                        .orElse(null);
        return staff.enabledWith(
                leadsOnly ? EnumSet.of(Role.TEAM_LEAD) : FIELD_ROLES,
                Text.clean(text),
                ownDepartment,
                Math.max(1, Math.min(limit, PageRequest.MAX_SIZE)));
    }

    @Override
    @RolesAllowed({Role.Names.INSPECTOR, Role.Names.TEAM_LEAD, Role.Names.ADMIN})
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TeamView> search(String text, boolean activeOnly, PageRequest page) {
        String folded = Text.fold(Text.clean(text));
        List<Long> ids = teams.search(folded, activeOnly, page.offset(), page.size());
        Map<Long, Team> byId = teams.withMembers(ids).stream().collect(Collectors.toMap(Team::id, t -> t));
        List<Team> found =
                ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        Map<Long, StaffMember> people = people(found.stream()
                .flatMap(t -> t.members().stream())
                .map(TeamMember::userId)
                .collect(Collectors.toSet()));
        return new Page<>(
                found.stream().map(t -> view(t, people)).toList(),
                teams.count(folded, activeOnly),
                page.page(),
                page.size());
    }

    private static TeamCommand required(TeamCommand command) {
        if (command == null) {
            throw new DomainException("validation.required", "body");
        }
        if (command.leadUserId() == null) {
            throw new DomainException("validation.required", "team.lead");
        }
        return command;
    }

    private void requireFreeName(String name, Long self) {
        String key = Team.keyOf(name);
        if (key != null && teams.nameTaken(key, self)) {
            throw new DomainException("team.nameTaken", name.strip());
        }
    }

    /** The chosen people as the staff directory knows them now; an unknown id is refused. */
    private List<StaffMember> staffOf(Set<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new DomainException("team.noMembers");
        }
        List<StaffMember> found = staff.find(ids);
        if (found.size() != ids.size()) {
            throw new DomainException("team.memberUnknown");
        }
        return found;
    }

    private Team loaded(long id, long version) {
        Team team = found(id);
        if (team.version() != version) {
            throw new ConflictException("team");
        }
        return team;
    }

    private Team found(long id) {
        return teams.find(id).orElseThrow(() -> new NotFoundException("team", id));
    }

    private TeamView view(Team team) {
        return view(team, people(team.members().stream().map(TeamMember::userId).toList()));
    }

    private Map<Long, StaffMember> people(Collection<Long> ids) {
        return staff.find(ids).stream().collect(Collectors.toMap(StaffMember::id, Function.identity()));
    }

    static TeamView view(Team team, Map<Long, StaffMember> people) {
        List<MemberView> members = team.members().stream()
                .map(m -> member(m.userId(), m.departmentId(), people))
                .sorted(Comparator.comparing((MemberView m) -> m.userId() != team.leadUserId())
                        .thenComparing(MemberView::fullName))
                .toList();
        StaffMember lead = people.get(team.leadUserId());
        return new TeamView(
                team.id(),
                team.name(),
                team.leadUserId(),
                lead == null ? "" : lead.fullName(),
                team.active(),
                members,
                team.version());
    }

    static MemberView member(long userId, long departmentId, Map<Long, StaffMember> people) {
        StaffMember person = people.get(userId);
        return new MemberView(
                userId,
                person == null ? "#" + userId : person.fullName(),
                departmentId,
                person == null || person.departmentName() == null ? "" : person.departmentName());
    }
}
