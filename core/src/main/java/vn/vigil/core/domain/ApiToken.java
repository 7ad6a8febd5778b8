package vn.vigil.core.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.OptimisticLock;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.Text;
import vn.vigil.core.api.staff.ApiTokenStatus;
import vn.vigil.core.api.staff.ApiTokens;

/**
 * A personal API token: who it belongs to, what it is called, until when it signs its bearer in, which of the
 * owner's roles it may use, and when it was last used. The secret itself is never stored, only its digest.
 */
@Entity
@Table(name = "api_token", schema = "core")
public class ApiToken {

    public static final int MAX_NAME_LENGTH = 80;
    /** Last use is written at most this often per token, so signing in with a token writes nothing most times. */
    public static final Duration LAST_USE_INTERVAL = Duration.ofMinutes(1);

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "token_prefix", nullable = false, length = 12)
    private String prefix;

    @Column(nullable = false, length = 64)
    private String digest;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    // written by ApiTokenRepository.recordUse, never through the entity; not an edit of the token
    @OptimisticLock(excluded = true)
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @OptimisticLock(excluded = true)
    @Column(name = "last_used_from", length = 64)
    private String lastUsedFrom;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "api_token_role", schema = "core", joinColumns = @JoinColumn(name = "token_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 24)
    private Set<Role> roles = new HashSet<>();

    @Version
    private long version;

    protected ApiToken() {}

    /**
     * A new token for {@code userId}, issued at {@code now} by {@code issuedBy}, signing in until the end of
     * {@code lastDay} in Vietnam (today at the earliest, {@link ApiTokens#MAX_DAYS} days ahead at the latest).
     */
    public ApiToken(
            long userId,
            String name,
            LocalDate lastDay,
            Set<Role> roles,
            ApiTokenSecret secret,
            String issuedBy,
            Instant now) {
        this.userId = userId;
        this.name = Text.required(name, "apiTokenName", MAX_NAME_LENGTH);
        this.expiresAt = endOf(lastDay, now);
        this.roles = roles.isEmpty() ? new HashSet<>() : new HashSet<>(EnumSet.copyOf(roles));
        this.prefix = secret.shownPrefix();
        this.digest = secret.digest();
        this.createdBy = issuedBy;
        this.createdAt = now;
    }

    private static Instant endOf(LocalDate lastDay, Instant now) {
        if (lastDay == null) {
            throw new DomainException("validation.required", "apiTokenLastDay");
        }
        LocalDate today = LocalDate.ofInstant(now, VIETNAM);
        if (lastDay.isBefore(today)) {
            throw new DomainException("apiToken.lastDayPast", today);
        }
        LocalDate latest = today.plusDays(ApiTokens.MAX_DAYS);
        if (lastDay.isAfter(latest)) {
            throw new DomainException("apiToken.lastDayTooFar", ApiTokens.MAX_DAYS, latest);
        }
        return lastDay.plusDays(1).atStartOfDay(VIETNAM).toInstant();
    }

    /** The last day a token asked for without one: {@link ApiTokens#DEFAULT_DAYS} days from today in Vietnam. */
    public static LocalDate defaultLastDay(Instant now) {
        return LocalDate.ofInstant(now, VIETNAM).plusDays(ApiTokens.DEFAULT_DAYS);
    }

    /** The roles the bearer gets: the token's that the owner still holds, or all the owner's if it names none. */
    public Set<Role> effectiveRoles(Set<Role> ownerRoles) {
        if (roles.isEmpty()) {
            return Set.copyOf(ownerRoles);
        }
        Set<Role> kept = EnumSet.noneOf(Role.class);
        kept.addAll(roles);
        kept.retainAll(ownerRoles);
        return Set.copyOf(kept);
    }

    public ApiTokenStatus status(Instant now) {
        if (revokedAt != null) {
            return ApiTokenStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? ApiTokenStatus.ACTIVE : ApiTokenStatus.EXPIRED;
    }

    /** Revokes the token for good; false if it was revoked already (the first revocation is kept). */
    public boolean revoke(String by, Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        revokedBy = by;
        return true;
    }

    /** Whether a use at {@code now} should be written: the last one written is a minute old or more. */
    public boolean lastUseIsDue(Instant now) {
        return lastUsedAt == null || !lastUsedAt.plus(LAST_USE_INTERVAL).isAfter(now);
    }

    public Long id() {
        return id;
    }

    public long userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public String prefix() {
        return prefix;
    }

    public String digest() {
        return digest;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public String lastUsedFrom() {
        return lastUsedFrom;
    }

    public long version() {
        return version;
    }
}
