package vn.vigil.core.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ApiTokenRepository {

    ApiToken add(ApiToken token);

    /** A token with its roles. */
    Optional<ApiToken> find(long id);

    /** A person's tokens with their roles, newest first. */
    List<ApiToken> ofUser(long userId);

    /** How many of a person's tokens are neither revoked nor expired at {@code now}. */
    long countLive(long userId, Instant now);

    /** The token with this digest and its owner, both with their roles, in one indexed query. */
    Optional<Presented> findByDigest(String digest);

    /**
     * Writes the last use unless another request wrote one less than {@link ApiToken#LAST_USE_INTERVAL} before
     * {@code now}; true when this call wrote it. Safe when requests race: the database decides which one writes.
     */
    boolean recordUse(long tokenId, Instant now, String from);

    /** A presented token and the person it belongs to. */
    record Presented(ApiToken token, UserAccount owner) {}
}
