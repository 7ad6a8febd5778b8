package vn.vigil.inspection.api;

import java.io.Serializable;
import java.util.List;

/** One inspection team with its people, the lead first, then by name. */
public record TeamView(
        long id, String name, long leadUserId, String leadName, boolean active, List<MemberView> members, long version)
        implements Serializable {

    public TeamView {
        members = List.copyOf(members);
    }

    /** How many departments the team brings together. */
    public long departmentCount() {
        return members.stream().map(MemberView::departmentId).distinct().count();
    }
}
