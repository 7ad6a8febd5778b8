package vn.vigil.web.ui.visits;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.StaffMember;
import vn.vigil.inspection.api.TeamView;
import vn.vigil.inspection.api.Teams;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.TeamsExport;
import vn.vigil.web.ui.FacesMessages;

/** Inspection teams: everyone in inspection reads them; team leads and administrators create, edit, deactivate. */
@Named
@ViewScoped
public class TeamsBean implements Serializable, ListOnScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    TeamsExport export;

    @Inject
    Teams teams;

    private List<TeamView> rows;
    private List<StaffMember> candidates;
    private TeamForm form = TeamForm.blank();

    @PostConstruct
    void load() {
        rows = teams.list(false);
        candidates = teams.candidates();
    }

    public void startCreate() {
        form = TeamForm.blank();
    }

    public void startEdit(long teamId) {
        try {
            form = TeamForm.of(teams.team(teamId));
        } catch (DomainException e) {
            FacesMessages.refused(e);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void save() {
        try {
            TeamView saved = form.isCreating()
                    ? teams.createTeam(form.command())
                    : teams.reviseTeam(form.getId(), form.getVersion(), form.command());
            FacesMessages.info(form.isCreating() ? "teams.created" : "teams.updated", saved.name());
            load();
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void deactivate(TeamView team) {
        try {
            teams.deactivateTeam(team.id(), team.version());
            FacesMessages.info("teams.deactivated", team.name());
        } catch (DomainException refused) {
            FacesMessages.refused(refused);
        }
        load();
    }

    /** "Name (department)" of each member, for the table. */
    public String membersOf(TeamView team) {
        return team.members().stream()
                .map(m -> m.fullName() + " (" + m.departmentName() + ")")
                .collect(Collectors.joining(", "));
    }

    public List<TeamView> getRows() {
        return rows;
    }

    public List<StaffMember> getCandidates() {
        return candidates;
    }

    public List<StaffMember> getLeads() {
        return candidates.stream().filter(s -> s.holds(Role.TEAM_LEAD)).toList();
    }

    public TeamForm getForm() {
        return form;
    }

    @Override
    public ExportedList<?> exportedList() {
        return export.of(false);
    }
}
