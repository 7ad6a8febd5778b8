package vn.vigil.core.api.staff;

import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens: the cheap credential of REST clients (a password costs every call a slow PBKDF2 hash). A
 * signed-in person issues tokens for themselves, each with a name, a last day and optionally some of their roles;
 * the secret is returned once and only its SHA-256 digest is stored. People list and revoke their own tokens, an
 * administrator lists and revokes anyone's but cannot issue one for someone else (nobody but the owner ever holds
 * an owner's secret). {@link #authenticate} is open to anonymous callers: it is what signs a token's bearer in, with
 * the token's roles that its owner still holds, and it writes the last use at most once a minute. Every issue,
 * revocation and refused token is audited; a secret is never logged.
 */
public interface ApiTokens {

    /** Tokens live at most this many days, counting the day they are issued. */
    int MAX_DAYS = 365;

    /** The last day of a token when the request names none: today plus this many days. */
    int DEFAULT_DAYS = 90;

    /** A person holds at most this many tokens that are neither expired nor revoked. */
    int MAX_LIVE_TOKENS = 20;

    /** Issues a token for the signed-in person; the answer holds the secret, which is never shown again. */
    IssuedApiToken issueMine(ApiTokenRequest request);

    /** The signed-in person's tokens, newest first, revoked and expired ones included. */
    List<ApiTokenView> listMine();

    /** Revokes one of the signed-in person's tokens; revoking a revoked token changes nothing. */
    void revokeMine(long tokenId);

    /** An administrator lists a person's tokens, newest first. */
    List<ApiTokenView> listFor(long userId);

    /** An administrator revokes a person's token. */
    void revoke(long userId, long tokenId);

    /**
     * Signs in the bearer of a token: empty when the token is unknown, malformed, expired or revoked, when its owner
     * is disabled, or when the owner no longer holds any of its roles.
     */
    Optional<Authenticator.SignedIn> authenticate(String presentedToken, String remoteAddress);
}
