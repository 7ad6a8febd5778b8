package vn.vigil.inspection.api;

import java.util.List;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.staff.StaffMember;

/**
 * Interdisciplinary inspection teams. Team leads and administrators create, edit and deactivate them; inspectors
 * read them. Members are enabled inspectors or team leads from at least two departments; the lead is a team lead.
 */
public interface Teams {

    /** Every team, or only the active ones, by name. */
    List<TeamView> list(boolean activeOnly);

    /**
     * One page of the teams whose name matches the text without regard to marks or case (one or two letters: the
     * start of a word; longer: anywhere; empty: every team), only the active ones or all, by name, with the count.
     */
    Page<TeamView> search(String text, boolean activeOnly, PageRequest page);

    TeamView team(long id);

    TeamView createTeam(TeamCommand command);

    TeamView reviseTeam(long id, long version, TeamCommand command);

    TeamView deactivateTeam(long id, long version);

    /** The staff who may join a team: enabled inspectors and team leads, by name. */
    List<StaffMember> candidates();

    /**
     * At most {@code limit} of the staff who may join a team (team leads only when {@code leadsOnly}) whose name or
     * username matches the text as {@link #search} matches names, the caller's own department first, then by name:
     * a picker's suggestions.
     */
    List<StaffMember> candidates(String text, boolean leadsOnly, int limit);
}
