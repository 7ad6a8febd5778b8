package vn.vigil.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import vn.vigil.core.api.staff.Authenticator;

/** Staff accounts in PostgreSQL; the roles a user holds become the caller's groups, mapped to roles of the same name. */
@ApplicationScoped
public class VigilIdentityStore implements IdentityStore {

    @Inject
    Authenticator authenticator;

    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String remote = remoteAddress();
        return authenticator
                .verify(credential.getCaller(), credential.getPassword().getValue(), remote)
                .map(user -> new CredentialValidationResult(user.username(), groups(user)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static Set<String> groups(Authenticator.SignedIn user) {
        return user.roles().stream().map(Enum::name).collect(Collectors.toSet());
    }

    private String remoteAddress() {
        try {
            return request.getRemoteAddr();
        } catch (RuntimeException noRequest) {
            return "?";
        }
    }
}
