package vn.vigil.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.vigil.core.api.MigrationsCompleted;
import vn.vigil.core.api.Role;
import vn.vigil.core.domain.PasswordHashing;
import vn.vigil.core.domain.PasswordPolicy;
import vn.vigil.core.domain.UserAccount;
import vn.vigil.core.domain.UserAccountRepository;

/**
 * On a fresh production database there is nobody to sign in. When {@code vigil.admin.initial-password} is set
 * (environment variable VIGIL_ADMIN_INITIAL_PASSWORD) and no account exists yet, this creates the first
 * administrator, "admin", with that password.
 */
@ApplicationScoped
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    @Inject
    UserAccountRepository users;

    @Inject
    @ConfigProperty(name = "vigil.admin.initial-password")
    Optional<String> initialPassword;

    @Transactional
    void onMigrated(@Observes MigrationsCompleted event) {
        if (initialPassword.isEmpty() || initialPassword.get().isBlank() || users.countAll() > 0) {
            return;
        }
        char[] password = initialPassword.get().toCharArray();
        PasswordPolicy.check("admin", password);
        UserAccount admin = new UserAccount("admin", "Quản trị hệ thống", PasswordHashing.hash(password));
        admin.grantExactly(EnumSet.of(Role.ADMIN));
        users.add(admin);
        LOG.info("Created the first administrator account 'admin' from vigil.admin.initial-password");
    }
}
