package vn.vigil.liberty;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The teams page, the calendar and "my visits" as an inspector reads them, and what only a team lead is offered. */
class TeamPagesIT {

    @Test
    void anInspectorReadsTheTeamsWithTheirDepartmentsButIsOfferedNoChange() {
        HttpResponse<String> teams =
                WebSession.signedInAs(DemoAccount.INSPECTOR).get("/inspection/teams.xhtml");

        assertThat(teams.statusCode()).isEqualTo(200);
        assertThat(teams.body())
                .contains("Đoàn kiểm tra liên ngành số 1")
                .contains("Trần Thị Thu Hà (Sở Y tế)")
                .doesNotContain("teamsForm:createTeam");
        assertThat(WebSession.signedInAs(DemoAccount.TEAM_LEAD)
                        .get("/inspection/teams.xhtml")
                        .body())
                .contains("teamsForm:createTeam");
    }

    @Test
    void anInspectorSeesTodaysVisitOfTheirTeamAndACalendarWithoutTheSchedulingButton() {
        WebSession inspector = WebSession.signedInAs(DemoAccount.INSPECTOR);

        HttpResponse<String> mine = inspector.get("/inspection/my-visits.xhtml");
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("Hôm nay").contains("Đoàn kiểm tra liên ngành số 1");
        HttpResponse<String> calendar = inspector.get("/inspection/schedule.xhtml");
        assertThat(calendar.statusCode()).isEqualTo(200);
        assertThat(calendar.body()).contains("Lịch kiểm tra").doesNotContain("scheduleForm:newVisit");
    }
}
