package vn.vigil.core.domain;

import java.util.List;
import java.util.Optional;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.staff.UserQuery;

public interface UserAccountRepository {

    Optional<UserAccount> find(long id);

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> search(UserQuery query, PageRequest page);

    long count(UserQuery query);

    long countAll();

    UserAccount add(UserAccount user);
}
