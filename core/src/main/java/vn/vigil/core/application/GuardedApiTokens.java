package vn.vigil.core.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.staff.ApiTokenRequest;
import vn.vigil.core.api.staff.ApiTokenView;
import vn.vigil.core.api.staff.ApiTokens;
import vn.vigil.core.api.staff.IssuedApiToken;
import vn.vigil.core.domain.ApiToken;
import vn.vigil.core.domain.ApiTokenRepository;
import vn.vigil.core.domain.ApiTokenSecret;
import vn.vigil.core.domain.UserAccount;
import vn.vigil.core.domain.UserAccountRepository;

/**
 * The guarded half of {@link ApiTokensImpl}: issuing, listing and revoking tokens, each method with the roles it
 * needs. Only {@link ApiTokensImpl#authenticate} is open to anonymous callers, so it lives there.
 */
@ApplicationScoped
@Transactional
@Guarded
public class GuardedApiTokens {

    @Inject
    ApiTokenRepository tokens;

    @Inject
    UserAccountRepository users;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    @Inject
    TokenSignIn signIn;

    private Clock clock = Clock.systemUTC();

    protected GuardedApiTokens() {}

    public GuardedApiTokens(
            ApiTokenRepository tokens,
            UserAccountRepository users,
            CurrentActor actor,
            AuditLog audit,
            TokenSignIn signIn,
            Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.actor = actor;
        this.audit = audit;
        this.signIn = signIn;
        this.clock = clock;
    }

    @PermitAll
    public IssuedApiToken issueMine(ApiTokenRequest request) {
        if (request == null) {
            throw new DomainException("validation.required", "request");
        }
        if (TokenSignIn.marked(signIn)) {
            throw new DomainException("apiToken.issueNeedsPassword");
        }
        UserAccount owner = me();
        Instant now = clock.instant();
        Set<Role> roles = grantable(owner, request.roles());
        if (tokens.countLive(owner.id(), now) >= ApiTokens.MAX_LIVE_TOKENS) {
            throw new DomainException("apiToken.tooMany", ApiTokens.MAX_LIVE_TOKENS);
        }
        ApiTokenSecret secret = ApiTokenSecret.generate();
        ApiToken token = tokens.add(new ApiToken(
                owner.id(),
                request.name(),
                request.lastDay() == null ? ApiToken.defaultLastDay(now) : request.lastDay(),
                roles,
                secret,
                actor.username(),
                now));
        audit.record(AuditEvent.of(
                "API_TOKEN_ISSUED",
                "ApiToken",
                token.id(),
                owner.username() + " \"" + token.name() + "\" " + token.prefix() + "… until " + token.expiresAt()
                        + " roles "
                        + (roles.isEmpty() ? "all" : EnumSet.copyOf(roles).toString())));
        return new IssuedApiToken(secret.value(), view(token, now));
    }

    /**
     * The roles a new token names: a subset of those the caller can use right now (all of the owner's when signed in
     * with a password), so no token ever grants more than its issuer had. None asked for means all the owner's, but
     * only if the caller holds them all; otherwise the token names what the caller holds.
     */
    private Set<Role> grantable(UserAccount owner, Set<Role> asked) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        owner.roles().stream().filter(actor::hasRole).forEach(held::add);
        if (asked.isEmpty()) {
            return held.equals(owner.roles()) ? Set.of() : held;
        }
        for (Role role : EnumSet.copyOf(asked)) {
            if (!held.contains(role)) {
                throw new DomainException("apiToken.roleNotHeld", role.name());
            }
        }
        return asked;
    }

    @PermitAll
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiTokenView> listMine() {
        return list(me().id());
    }

    @PermitAll
    public void revokeMine(long tokenId) {
        revoke(me(), tokenId);
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiTokenView> listFor(long userId) {
        return list(user(userId).id());
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void revoke(long userId, long tokenId) {
        revoke(user(userId), tokenId);
    }

    private List<ApiTokenView> list(long userId) {
        Instant now = clock.instant();
        return tokens.ofUser(userId).stream().map(t -> view(t, now)).toList();
    }

    /** Someone else's token is as unknown as a token that does not exist. */
    private void revoke(UserAccount owner, long tokenId) {
        ApiToken token = tokens.find(tokenId)
                .filter(t -> t.userId() == owner.id())
                .orElseThrow(() -> new NotFoundException("ApiToken", tokenId));
        if (token.revoke(actor.username(), clock.instant())) {
            audit.record(AuditEvent.of(
                    "API_TOKEN_REVOKED",
                    "ApiToken",
                    token.id(),
                    owner.username() + " \"" + token.name() + "\" " + token.prefix() + "…"));
        }
    }

    private UserAccount me() {
        String username = actor.username();
        return users.findByUsername(username).orElseThrow(() -> new NotFoundException("UserAccount", username));
    }

    private UserAccount user(long userId) {
        return users.find(userId).orElseThrow(() -> new NotFoundException("UserAccount", userId));
    }

    static ApiTokenView view(ApiToken t, Instant now) {
        return new ApiTokenView(
                t.id(),
                t.userId(),
                t.name(),
                t.prefix(),
                t.roles(),
                t.createdAt(),
                t.createdBy(),
                t.expiresAt(),
                t.revokedAt(),
                t.revokedBy(),
                t.lastUsedAt(),
                t.lastUsedFrom(),
                t.status(now));
    }
}
