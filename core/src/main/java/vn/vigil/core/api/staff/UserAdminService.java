package vn.vigil.core.api.staff;

import java.util.Optional;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;

/** Staff accounts and their roles, managed by administrators. */
public interface UserAdminService {

    Page<UserView> search(UserQuery query, PageRequest page);

    Optional<UserView> find(long id);

    Optional<UserView> findByUsername(String username);

    UserView create(UserCommand command, char[] initialPassword);

    UserView update(long id, long version, UserCommand command);

    void resetPassword(long id, char[] newPassword);

    /** The signed-in user changes their own password after proving the current one. */
    void changeOwnPassword(String username, char[] currentPassword, char[] newPassword);

    void changeOwnLocale(String username, String locale);
}
