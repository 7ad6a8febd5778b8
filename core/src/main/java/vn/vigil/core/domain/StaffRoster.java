package vn.vigil.core.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.StaffMember;

/** Staff read as other modules need them, each answer in one query. */
public interface StaffRoster {

    List<StaffMember> enabledWith(Set<Role> roles);

    /** At most {@code limit} of them matching the folded term (null: any), {@code departmentFirst}'s first. */
    List<StaffMember> enabledWith(Set<Role> roles, String folded, Long departmentFirst, int limit);

    List<StaffMember> find(Collection<Long> ids);

    Optional<StaffMember> findByUsername(String username);

    /** The id of the account with this username, enabled or not: one look-up of the unique username index. */
    OptionalLong idOf(String username);
}
