package vn.vigil.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.staff.Authenticator;
import vn.vigil.core.domain.PasswordHashing;
import vn.vigil.core.domain.UserAccount;
import vn.vigil.core.domain.UserAccountRepository;

/** Not guarded: it is what lets an anonymous person become a signed-in one. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class AuthenticatorImpl implements Authenticator {

    @Inject
    UserAccountRepository users;

    @Inject
    AuditLog audit;

    @Override
    public Optional<SignedIn> verify(String username, char[] password, String remoteAddress) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Optional<UserAccount> found =
                name.isEmpty() || name.length() > 64 ? Optional.empty() : users.findByUsername(name);
        Instant now = Instant.now();
        if (found.isEmpty()) {
            PasswordHashing.waitAsLongAsACheck();
            audit.record(
                    truncate(name),
                    AuditEvent.of("LOGIN_FAILED", "UserAccount", null, "unknown user from " + remoteAddress));
            return Optional.empty();
        }
        UserAccount user = found.get();
        if (!user.enabled()) {
            PasswordHashing.waitAsLongAsACheck();
            audit.record(
                    user.username(),
                    AuditEvent.of("LOGIN_REFUSED", "UserAccount", user.id(), "disabled from " + remoteAddress));
            return Optional.empty();
        }
        if (!PasswordHashing.matches(password, user.passwordHash())) {
            user.recordFailedLogin();
            audit.record(
                    user.username(),
                    AuditEvent.of("LOGIN_FAILED", "UserAccount", user.id(), "wrong password from " + remoteAddress));
            return Optional.empty();
        }
        user.recordSuccessfulLogin(now);
        audit.record(user.username(), AuditEvent.of("LOGIN", "UserAccount", user.id(), "from " + remoteAddress));
        return Optional.of(new SignedIn(user.username(), user.fullName(), user.roles(), user.preferredLocale()));
    }

    private static String truncate(String name) {
        return name.isEmpty() ? "?" : name.substring(0, Math.min(64, name.length()));
    }
}
