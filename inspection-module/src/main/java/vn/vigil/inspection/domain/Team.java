package vn.vigil.inspection.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.vigil.core.api.AuditFields;
import vn.vigil.core.api.AuditFieldsListener;
import vn.vigil.core.api.Audited;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.Text;
import vn.vigil.core.api.staff.StaffMember;

/**
 * An interdisciplinary inspection team (đoàn kiểm tra liên ngành): inspectors from at least two departments, led by
 * one of them who holds the team-lead role. A deactivated team keeps its history but takes no new visits.
 */
@Entity
@Table(name = "inspection_team", schema = "inspection")
@EntityListeners(AuditFieldsListener.class)
public class Team implements Audited {

    public static final int NAME_MAX = 200;
    public static final int MIN_DEPARTMENTS = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "name_key", nullable = false, length = NAME_MAX)
    private String nameKey;

    @Column(name = "lead_user_id", nullable = false)
    private long leadUserId;

    @Column(nullable = false)
    private boolean active;

    @ElementCollection
    @CollectionTable(
            name = "inspection_team_member",
            schema = "inspection",
            joinColumns = @JoinColumn(name = "team_id"))
    private Set<TeamMember> members = new HashSet<>();

    @Version
    private long version;

    @Embedded
    private AuditFields auditFields = new AuditFields();

    protected Team() {}

    /** A new active team of {@code staff} (as the staff directory reads them now), led by {@code leadUserId}. */
    public Team(String name, long leadUserId, Collection<StaffMember> staff) {
        this.active = true;
        compose(name, leadUserId, staff);
    }

    /** Renames the team and changes its people; a deactivated team is not edited. */
    public void revise(String name, long leadUserId, Collection<StaffMember> staff) {
        requireActive();
        compose(name, leadUserId, staff);
    }

    /** Takes the team off the roster: its visits stay, it takes no new ones. */
    public void deactivate() {
        requireActive();
        this.active = false;
    }

    public void requireActive() {
        if (!active) {
            throw new DomainException("team.inactive", name);
        }
    }

    /** The folded form of a team name, unique among teams. */
    public static String keyOf(String name) {
        return Text.fold(name);
    }

    private void compose(String name, long leadUserId, Collection<StaffMember> staff) {
        String cleaned = Text.required(name, "team.name", NAME_MAX);
        if (staff == null || staff.isEmpty()) {
            throw new DomainException("team.noMembers");
        }
        staff.forEach(Team::requireInspector);
        StaffMember lead = staff.stream()
                .filter(s -> s.id() == leadUserId)
                .findFirst()
                .orElseThrow(() -> new DomainException("team.leadNotMember"));
        if (!lead.holds(Role.TEAM_LEAD)) {
            throw new DomainException("team.leadNotTeamLead", lead.fullName());
        }
        Set<Long> departments = staff.stream().map(StaffMember::departmentId).collect(Collectors.toSet());
        if (departments.size() < MIN_DEPARTMENTS) {
            throw new DomainException("team.singleDepartment", MIN_DEPARTMENTS);
        }
        this.name = cleaned;
        this.nameKey = keyOf(cleaned);
        this.leadUserId = leadUserId;
        Set<TeamMember> wanted = staff.stream()
                .map(s -> new TeamMember(s.id(), s.departmentId()))
                .collect(Collectors.toSet());
        members.retainAll(wanted);
        members.addAll(wanted);
    }

    private static void requireInspector(StaffMember s) {
        if (!s.enabled()) {
            throw new DomainException("team.memberDisabled", s.fullName());
        }
        if (!s.holds(Role.INSPECTOR) && !s.holds(Role.TEAM_LEAD)) {
            throw new DomainException("team.memberNotInspector", s.fullName());
        }
        if (s.departmentId() == null) {
            throw new DomainException("team.memberWithoutDepartment", s.fullName());
        }
    }

    /** The people who go on the team's visits, each with the department they represent. */
    public List<Seat> seats() {
        return members.stream().map(TeamMember::seat).toList();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public long leadUserId() {
        return leadUserId;
    }

    public boolean active() {
        return active;
    }

    public List<TeamMember> members() {
        return List.copyOf(members);
    }

    public long version() {
        return version;
    }

    @Override
    public AuditFields auditFields() {
        return auditFields;
    }
}
