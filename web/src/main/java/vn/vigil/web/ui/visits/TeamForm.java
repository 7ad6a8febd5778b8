package vn.vigil.web.ui.visits;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import vn.vigil.inspection.api.TeamCommand;
import vn.vigil.inspection.api.TeamView;
import vn.vigil.web.ui.Choice;

/** What the team dialog edits: the name, the lead and the members (staff ids), with the version loaded. */
public class TeamForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String name;
    private Choice lead;
    private List<Choice> members = new ArrayList<>();

    static TeamForm blank() {
        return new TeamForm();
    }

    static TeamForm of(TeamView team) {
        TeamForm form = new TeamForm();
        form.id = team.id();
        form.version = team.version();
        form.name = team.name();
        form.lead = new Choice(team.leadUserId(), team.leadName());
        form.members = new ArrayList<>(team.members().stream()
                .map(m -> new Choice(m.userId(), m.fullName() + " (" + m.departmentName() + ")"))
                .toList());
        return form;
    }

    /** The lead is always one of the members, whether or not they were ticked. */
    TeamCommand command() {
        LinkedHashSet<Long> ids =
                new LinkedHashSet<>(members.stream().map(Choice::id).toList());
        if (lead != null) {
            ids.add(lead.id());
        }
        return new TeamCommand(name, lead == null ? null : lead.id(), ids);
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Choice getLead() {
        return lead;
    }

    public void setLead(Choice lead) {
        this.lead = lead;
    }

    public List<Choice> getMembers() {
        return members;
    }

    public void setMembers(List<Choice> members) {
        this.members = members == null ? new ArrayList<>() : new ArrayList<>(members);
    }
}
