package vn.vigil.core.api.staff;

import java.util.Optional;
import java.util.Set;
import vn.vigil.core.api.Role;

/**
 * Checks a username and password against the stored PBKDF2 hash. Locks an account for a while after repeated
 * failures, and writes every attempt to the audit log.
 */
public interface Authenticator {

    Optional<SignedIn> verify(String username, char[] password, String remoteAddress);

    record SignedIn(String username, String fullName, Set<Role> roles, String preferredLocale) {}
}
