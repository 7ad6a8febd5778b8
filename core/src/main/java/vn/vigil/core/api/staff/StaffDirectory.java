package vn.vigil.core.api.staff;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import vn.vigil.core.api.Role;

/**
 * Read-only look-up of staff for other modules (choosing team members, naming who goes on a visit). Each method
 * reads with one query; the results carry the department's name and every role held.
 */
public interface StaffDirectory {

    /** Enabled staff holding at least one of {@code roles}, by name. */
    List<StaffMember> enabledWith(Set<Role> roles);

    /**
     * At most {@code limit} enabled staff holding one of the roles whose name or username matches the text without
     * regard to marks or case (one or two letters: a word's start; empty: anyone), those of {@code departmentFirst}
     * first, then by name: a picker's suggestions.
     */
    List<StaffMember> enabledWith(Set<Role> roles, String text, Long departmentFirst, int limit);

    /** The staff with these ids, enabled or not; unknown ids are left out. */
    List<StaffMember> find(Collection<Long> ids);

    Optional<StaffMember> findByUsername(String username);

    /**
     * Only the id of the account with this username, enabled or not (empty: none): for checks that need nothing
     * else, such as who may write a visit's record on every save.
     */
    default OptionalLong idOf(String username) {
        return findByUsername(username).map(m -> OptionalLong.of(m.id())).orElse(OptionalLong.empty());
    }
}
