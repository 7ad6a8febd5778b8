package vn.vigil.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.staff.ApiTokenRequest;
import vn.vigil.core.api.staff.ApiTokenView;
import vn.vigil.core.api.staff.ApiTokens;
import vn.vigil.core.api.staff.Authenticator;
import vn.vigil.core.api.staff.IssuedApiToken;
import vn.vigil.core.domain.ApiToken;
import vn.vigil.core.domain.ApiTokenRepository;
import vn.vigil.core.domain.ApiTokenSecret;
import vn.vigil.core.domain.UserAccount;

/**
 * Not guarded, like the {@link Authenticator}: {@link #authenticate} is what lets an anonymous caller become a
 * signed-in one. Every other method hands over to {@link GuardedApiTokens}, whose role guard checks the caller.
 *
 * <p>Signing in costs one indexed query (token, owner and both their roles by the token's digest), made without a
 * transaction, and at most once a minute per token an update of its last use with one audit entry, in a transaction
 * of their own ({@link ApiTokenUses}): no transaction and no write on most calls. Refusals are audited in the audit
 * log's own transaction.
 */
@ApplicationScoped
public class ApiTokensImpl implements ApiTokens {

    @Inject
    GuardedApiTokens guarded;

    @Inject
    ApiTokenRepository tokens;

    @Inject
    AuditLog audit;

    @Inject
    TokenSignIn signIn;

    @Inject
    ApiTokenUses uses;

    private Clock clock = Clock.systemUTC();

    protected ApiTokensImpl() {}

    public ApiTokensImpl(
            GuardedApiTokens guarded,
            ApiTokenRepository tokens,
            AuditLog audit,
            TokenSignIn signIn,
            ApiTokenUses uses,
            Clock clock) {
        this.guarded = guarded;
        this.tokens = tokens;
        this.audit = audit;
        this.signIn = signIn;
        this.uses = uses;
        this.clock = clock;
    }

    @Override
    public IssuedApiToken issueMine(ApiTokenRequest request) {
        return guarded.issueMine(request);
    }

    @Override
    public List<ApiTokenView> listMine() {
        return guarded.listMine();
    }

    @Override
    public void revokeMine(long tokenId) {
        guarded.revokeMine(tokenId);
    }

    @Override
    public List<ApiTokenView> listFor(long userId) {
        return guarded.listFor(userId);
    }

    @Override
    public void revoke(long userId, long tokenId) {
        guarded.revoke(userId, tokenId);
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<Authenticator.SignedIn> authenticate(String presentedToken, String remoteAddress) {
        String from = address(remoteAddress);
        // the audit log never sees any part of a presented secret: a mistyped token is still mostly a real one
        if (!ApiTokenSecret.wellFormed(presentedToken)) {
            audit.record(
                    "?", AuditEvent.of("API_TOKEN_LOGIN_FAILED", "ApiToken", null, "malformed token from " + from));
            return Optional.empty();
        }
        Optional<ApiTokenRepository.Presented> found = tokens.findByDigest(ApiTokenSecret.digestOf(presentedToken));
        if (found.isEmpty()) {
            audit.record("?", AuditEvent.of("API_TOKEN_LOGIN_FAILED", "ApiToken", null, "unknown token from " + from));
            return Optional.empty();
        }
        ApiToken token = found.get().token();
        UserAccount owner = found.get().owner();
        Instant now = clock.instant();
        Set<Role> roles = token.effectiveRoles(owner.roles());
        String refusal = refusal(token, owner, roles, now);
        if (refusal != null) {
            audit.record(
                    owner.username(),
                    AuditEvent.of(
                            "API_TOKEN_LOGIN_REFUSED",
                            "ApiToken",
                            token.id(),
                            refusal + " " + token.prefix() + "… from " + from));
            return Optional.empty();
        }
        if (token.lastUseIsDue(now)) {
            uses.record(token, owner.username(), now, from);
        }
        TokenSignIn.mark(signIn);
        return Optional.of(
                new Authenticator.SignedIn(owner.username(), owner.fullName(), roles, owner.preferredLocale()));
    }

    /**
     * Why a token does not sign its bearer in, or null when it does. Wrong passwords for the account never stop its
     * tokens (nobody guesses a token); a disabled account does.
     */
    private static String refusal(ApiToken token, UserAccount owner, Set<Role> roles, Instant now) {
        return switch (token.status(now)) {
            case REVOKED -> "revoked";
            case EXPIRED -> "expired";
            case ACTIVE ->
                !owner.enabled() ? "owner disabled" : roles.isEmpty() ? "owner holds none of its roles" : null;
        };
    }

    private static String address(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return "?";
        }
        String address = remoteAddress.strip();
        return address.length() > 64 ? address.substring(0, 64) : address;
    }
}
