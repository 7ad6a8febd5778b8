package vn.vigil.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.StaffMember;

/** An interdisciplinary team: inspectors of two departments or more, led by a team lead among them. */
class TeamTest {

    static final long POLICE = 1;
    static final long HEALTH = 2;

    static final StaffMember LEAD = person(10, "Lê Thị Hồng", POLICE, true, Role.TEAM_LEAD, Role.INSPECTOR);
    static final StaffMember POLICE_INSPECTOR = person(11, "Nguyễn Văn An", POLICE, true, Role.INSPECTOR);
    static final StaffMember HEALTH_INSPECTOR = person(12, "Trần Thị Thu Hà", HEALTH, true, Role.INSPECTOR);

    @Test
    void aTeamOfTwoDepartmentsLedByATeamLeadSeatsEveryMemberWithTheirDepartment() {
        Team team = new Team("  Đoàn  kiểm tra số 1 ", LEAD.id(), List.of(LEAD, POLICE_INSPECTOR, HEALTH_INSPECTOR));

        assertThat(team.name()).isEqualTo("Đoàn kiểm tra số 1");
        assertThat(team.active()).isTrue();
        assertThat(team.seats())
                .containsExactlyInAnyOrder(new Seat(10, POLICE), new Seat(11, POLICE), new Seat(12, HEALTH));
        assertThat(Team.keyOf("ĐOÀN KIỂM TRA số 1")).isEqualTo(Team.keyOf("Đoàn kiểm tra số 1"));
    }

    @Test
    void membersOfOneDepartmentOnlyAreNotAnInterdisciplinaryTeam() {
        assertRefused(() -> new Team("Đoàn 1", LEAD.id(), List.of(LEAD, POLICE_INSPECTOR)), "team.singleDepartment");
    }

    @Test
    void theLeadIsAMemberWhoHoldsTheTeamLeadRole() {
        assertRefused(
                () -> new Team("Đoàn 1", LEAD.id(), List.of(POLICE_INSPECTOR, HEALTH_INSPECTOR)), "team.leadNotMember");
        assertRefused(
                () -> new Team("Đoàn 1", HEALTH_INSPECTOR.id(), List.of(LEAD, HEALTH_INSPECTOR)),
                "team.leadNotTeamLead");
    }

    @Test
    void membersAreEnabledInspectorsOrTeamLeadsWithADepartment() {
        StaffMember disabled = person(13, "Phạm Văn Lực", HEALTH, false, Role.INSPECTOR);
        StaffMember lawyer = person(14, "Phạm Minh Tuấn", HEALTH, true, Role.LEGAL_OFFICER);
        StaffMember homeless = new StaffMember(15, "x", "Đinh Công Minh", null, null, EnumSet.of(Role.INSPECTOR), true);

        assertRefused(() -> new Team("Đoàn 1", LEAD.id(), List.of(LEAD, disabled)), "team.memberDisabled");
        assertRefused(() -> new Team("Đoàn 1", LEAD.id(), List.of(LEAD, lawyer)), "team.memberNotInspector");
        assertRefused(() -> new Team("Đoàn 1", LEAD.id(), List.of(LEAD, homeless)), "team.memberWithoutDepartment");
        assertRefused(() -> new Team(" ", LEAD.id(), List.of(LEAD, HEALTH_INSPECTOR)), "validation.required");
    }

    @Test
    void aRevisionReplacesThePeopleAndADeactivatedTeamIsNotEditedAnyMore() {
        Team team = new Team("Đoàn 1", LEAD.id(), List.of(LEAD, POLICE_INSPECTOR, HEALTH_INSPECTOR));
        team.revise("Đoàn 1", LEAD.id(), List.of(LEAD, HEALTH_INSPECTOR));
        assertThat(team.seats()).containsExactlyInAnyOrder(new Seat(10, POLICE), new Seat(12, HEALTH));

        team.deactivate();
        assertThat(team.active()).isFalse();
        assertRefused(() -> team.revise("Đoàn 2", LEAD.id(), List.of(LEAD, HEALTH_INSPECTOR)), "team.inactive");
        assertRefused(team::requireActive, "team.inactive");
    }

    static StaffMember person(long id, String name, long department, boolean enabled, Role... roles) {
        return new StaffMember(
                id, "u" + id, name, department, "Sở " + department, EnumSet.of(roles[0], roles), enabled);
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }
}
