package vn.vigil.web.ui.visits;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.staff.StaffMember;
import vn.vigil.inspection.api.TeamView;
import vn.vigil.inspection.api.Teams;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.export.ListOnScreen;
import vn.vigil.web.export.lists.TeamsExport;
import vn.vigil.web.ui.Choice;
import vn.vigil.web.ui.Choices;
import vn.vigil.web.ui.FacesMessages;
import vn.vigil.web.ui.PagedModel;

/** Inspection teams: everyone in inspection reads them; team leads and administrators create, edit, deactivate. */
@Named
@ViewScoped
public class TeamsBean implements Serializable, ListOnScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    TeamsExport export;

    @Inject
    Teams teams;

    static final int ROWS = 25;

    /** Suggestions an auto-complete offers at once. */
    static final int SUGGESTIONS = 15;

    /** The name typed in the search box; the list shows the text of the last search. */
    private String text;

    private String searched;

    private final PagedModel<String, TeamView> rows = new PagedModel<>(
            () -> searched == null ? "" : searched,
            (term, page) -> teams.search(term, false, page),
            ROWS,
            TeamView::id);

    private final Choices people = new Choices();
    private TeamForm form = TeamForm.blank();

    public void search() {
        searched = text == null ? "" : text.strip();
    }

    public void startCreate() {
        form = TeamForm.blank();
    }

    public void startEdit(long teamId) {
        try {
            form = TeamForm.of(teams.team(teamId));
            people.known(form.getLead());
            form.getMembers().forEach(people::known);
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
    }

    /** "Name (department)" of each member, for the table. */
    public String membersOf(TeamView team) {
        return team.members().stream()
                .map(m -> m.fullName() + " (" + m.departmentName() + ")")
                .collect(Collectors.joining(", "));
    }

    public PagedModel<String, TeamView> getRows() {
        return rows;
    }

    /** Team leads whose name matches what was typed, the own department's first. */
    public List<Choice> completeLead(String typed) {
        return people.offer(choices(teams.candidates(typed, true, SUGGESTIONS)));
    }

    /** Inspectors and team leads whose name matches what was typed, the own department's first. */
    public List<Choice> completeMember(String typed) {
        return people.offer(choices(teams.candidates(typed, false, SUGGESTIONS)));
    }

    private static List<Choice> choices(List<StaffMember> staff) {
        return staff.stream()
                .map(s -> new Choice(s.id(), s.fullName() + " (" + s.departmentName() + ")"))
                .toList();
    }

    public Choices getPeople() {
        return people;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public TeamForm getForm() {
        return form;
    }

    @Override
    public ExportedList<?> exportedList() {
        return export.of(searched, false);
    }
}
