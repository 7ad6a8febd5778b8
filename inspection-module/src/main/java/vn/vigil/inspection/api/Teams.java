package vn.vigil.inspection.api;

import java.util.List;
import vn.vigil.core.api.staff.StaffMember;

/**
 * Interdisciplinary inspection teams. Team leads and administrators create, edit and deactivate them; inspectors
 * read them. Members are enabled inspectors or team leads from at least two departments; the lead is a team lead.
 */
public interface Teams {

    /** Every team, or only the active ones, by name. */
    List<TeamView> list(boolean activeOnly);

    TeamView team(long id);

    TeamView createTeam(TeamCommand command);

    TeamView reviseTeam(long id, long version, TeamCommand command);

    TeamView deactivateTeam(long id, long version);

    /** The staff who may join a team: enabled inspectors and team leads, by name. */
    List<StaffMember> candidates();
}
