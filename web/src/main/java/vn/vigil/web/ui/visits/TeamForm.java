package vn.vigil.web.ui.visits;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import vn.vigil.inspection.api.MemberView;
import vn.vigil.inspection.api.TeamCommand;
import vn.vigil.inspection.api.TeamView;

/** What the team dialog edits: the name, the lead and the members (staff ids), with the version loaded. */
public class TeamForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String name;
    private Long leadUserId;
    private List<Long> memberIds = new ArrayList<>();

    static TeamForm blank() {
        return new TeamForm();
    }

    static TeamForm of(TeamView team) {
        TeamForm form = new TeamForm();
        form.id = team.id();
        form.version = team.version();
        form.name = team.name();
        form.leadUserId = team.leadUserId();
        form.memberIds =
                new ArrayList<>(team.members().stream().map(MemberView::userId).toList());
        return form;
    }

    /** The lead is always one of the members, whether or not they were ticked. */
    TeamCommand command() {
        LinkedHashSet<Long> members = new LinkedHashSet<>(memberIds);
        if (leadUserId != null) {
            members.add(leadUserId);
        }
        return new TeamCommand(name, leadUserId, members);
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

    public Long getLeadUserId() {
        return leadUserId;
    }

    public void setLeadUserId(Long leadUserId) {
        this.leadUserId = leadUserId;
    }

    public List<Long> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(List<Long> memberIds) {
        this.memberIds = memberIds == null ? new ArrayList<>() : memberIds;
    }
}
