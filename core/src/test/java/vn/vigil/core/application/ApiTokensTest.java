package vn.vigil.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vigil.core.testing.TestJpa.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.ApiTokenRequest;
import vn.vigil.core.api.staff.ApiTokenStatus;
import vn.vigil.core.api.staff.ApiTokenView;
import vn.vigil.core.api.staff.ApiTokens;
import vn.vigil.core.api.staff.Authenticator.SignedIn;
import vn.vigil.core.api.staff.IssuedApiToken;
import vn.vigil.core.domain.ApiToken;
import vn.vigil.core.domain.AuditEntry;
import vn.vigil.core.domain.UserAccount;
import vn.vigil.core.infrastructure.CoreSchemaAccess;
import vn.vigil.core.infrastructure.JpaApiTokenRepository;
import vn.vigil.core.infrastructure.JpaUserAccountRepository;
import vn.vigil.core.testing.TestDatabase;
import vn.vigil.core.testing.TestJpa;

/**
 * Personal API tokens on a real PostgreSQL, through the services with the real repositories and audit log: what is
 * stored, who they sign in and with which roles, when they stop doing so, and what their owners may ask for. Each
 * test makes accounts of its own; the clock is the test's, one service call per transaction as in the server.
 */
class ApiTokensTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 10:00 in Vietnam. */
    private static final Instant START = Instant.parse("2026-03-10T03:00:00Z");

    private static EntityManagerFactory emf;

    private final MovableClock clock = new MovableClock(START);

    @BeforeAll
    static void migrateAndMap() {
        TestDatabase.migrate(List.of(CoreSchemaAccess.coreSchema()));
        emf = TestJpa.entityManagerFactory("core", List.of(UserAccount.class, ApiToken.class, AuditEntry.class));
    }

    @AfterAll
    static void closeFactory() {
        emf.close();
    }

    // --- what is stored

    @Test
    void onlyTheDigestOfTheSecretIsStoredAndTheSecretIsShownOnce() {
        Actor owner = newUser(Role.INSPECTOR);

        IssuedApiToken issued = issued(owner, request("sync script", today().plusDays(30)));

        assertThat(issued.secret()).matches("vgl_[A-Za-z0-9_-]{43}");
        assertThat(issued.token().prefix()).isEqualTo(issued.secret().substring(0, 12));
        assertThat(issued.toString()).doesNotContain(issued.secret());
        List<Object[]> rows = sql(
                "select digest, token_prefix, name, created_by from core.api_token where id = ?1",
                issued.token().id());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)[0]).isEqualTo(sha256Hex(issued.secret()));
        assertThat(rows.get(0)).doesNotContain(issued.secret());
        assertThat(auditDetails(owner, "API_TOKEN_ISSUED"))
                .singleElement()
                .satisfies(detail -> assertThat(detail)
                        .contains("sync script", issued.token().prefix())
                        .doesNotContain(issued.secret()));
        assertThat(mine(owner)).singleElement().satisfies(view -> {
            assertThat(view.name()).isEqualTo("sync script");
            assertThat(view.status()).isEqualTo(ApiTokenStatus.ACTIVE);
            assertThat(view.createdBy()).isEqualTo(owner.username);
            assertThat(view.lastUsedAt()).isNull();
        });
    }

    @Test
    void theTokenSignsItsOwnerInWithAllTheirRolesWhenItNamesNone() {
        Actor owner = newUser(Role.TEAM_LEAD, Role.INSPECTOR);
        String secret = issue(owner, Set.of());

        Optional<SignedIn> signedIn = authenticate(secret);

        assertThat(signedIn).hasValueSatisfying(user -> {
            assertThat(user.username()).isEqualTo(owner.username);
            assertThat(user.roles()).containsExactlyInAnyOrder(Role.TEAM_LEAD, Role.INSPECTOR);
            assertThat(user.preferredLocale()).isEqualTo("vi");
        });
    }

    // --- when a token stops signing in

    @Test
    void anExpiredTokenSignsNobodyIn() {
        Actor owner = newUser(Role.INSPECTOR);
        String secret = issue(owner, today().plusDays(1), Set.of());

        clock.set(today().plusDays(1).atTime(23, 59).atZone(VIETNAM).toInstant());
        assertThat(authenticate(secret)).as("still on its last day").isPresent();

        clock.set(today().plusDays(2).atStartOfDay(VIETNAM).toInstant());
        assertThat(authenticate(secret)).isEmpty();
        assertThat(auditDetails(owner, "API_TOKEN_LOGIN_REFUSED"))
                .singleElement()
                .satisfies(detail -> assertThat(detail).startsWith("expired ").doesNotContain(secret));
        assertThat(mine(owner)).extracting(ApiTokenView::status).containsExactly(ApiTokenStatus.EXPIRED);
    }

    @Test
    void aRevokedTokenSignsNobodyInAndRevokingAgainChangesNothing() {
        Actor owner = newUser(Role.INSPECTOR);
        IssuedApiToken issued = issued(owner, request("laptop", null));
        assertThat(authenticate(issued.secret())).isPresent();

        clock.advance(Duration.ofHours(1));
        doAs(owner, s -> s.tokens.revokeMine(issued.token().id()));
        Instant revokedAt = clock.instant();
        clock.advance(Duration.ofHours(1));
        doAs(owner, s -> s.tokens.revokeMine(issued.token().id()));

        assertThat(authenticate(issued.secret())).isEmpty();
        assertThat(mine(owner)).singleElement().satisfies(view -> {
            assertThat(view.status()).isEqualTo(ApiTokenStatus.REVOKED);
            assertThat(view.revokedAt()).isEqualTo(revokedAt);
            assertThat(view.revokedBy()).isEqualTo(owner.username);
        });
        assertThat(auditDetails(owner, "API_TOKEN_REVOKED")).hasSize(1);
        assertThat(auditDetails(owner, "API_TOKEN_LOGIN_REFUSED"))
                .singleElement()
                .satisfies(detail -> assertThat(detail).startsWith("revoked "));
    }

    @Test
    void theTokenOfADisabledOwnerSignsNobodyIn() {
        Actor owner = newUser(Role.INSPECTOR);
        String secret = issue(owner, Set.of());

        changeUser(owner, user -> user.enable(false));
        assertThat(authenticate(secret)).isEmpty();
        assertThat(auditDetails(owner, "API_TOKEN_LOGIN_REFUSED"))
                .singleElement()
                .satisfies(detail -> assertThat(detail).startsWith("owner disabled "));

        changeUser(owner, user -> user.enable(true));
        assertThat(authenticate(secret)).isPresent();
    }

    @Test
    void unknownAndMalformedTokensSignNobodyInAndNoPartOfThemIsAudited() {
        String unknown = "vgl_" + "A".repeat(43);
        String before = "select count(*) from core.audit_entry where actor = '?' and action = 'API_TOKEN_LOGIN_FAILED'";
        long failuresBefore = (Long) sql(before).get(0)[0];

        assertThat(authenticate(unknown)).isEmpty();
        assertThat(authenticate("not a token")).isEmpty();
        assertThat(authenticate(null)).isEmpty();

        assertThat((Long) sql(before).get(0)[0]).isEqualTo(failuresBefore + 3);
        assertThat(sql("select count(*) from core.audit_entry where detail like '%AAAAAAAA%'")
                        .get(0))
                .containsExactly(0L);
    }

    // --- roles

    @Test
    void aTokenGetsOnlyTheRolesItNamesThatItsOwnerStillHolds() {
        Actor owner = newUser(Role.TEAM_LEAD, Role.INSPECTOR);
        String inspectorOnly = issue(owner, Set.of(Role.INSPECTOR));
        String both = issue(owner, Set.of(Role.TEAM_LEAD, Role.INSPECTOR));
        String all = issue(owner, Set.of());

        assertThat(roles(inspectorOnly)).containsExactly(Role.INSPECTOR);

        changeUser(owner, user -> user.grantExactly(EnumSet.of(Role.INSPECTOR, Role.ADMIN)));
        assertThat(roles(both)).as("a role the owner lost").containsExactly(Role.INSPECTOR);
        assertThat(roles(inspectorOnly))
                .as("a role the owner gained is not the token's")
                .containsExactly(Role.INSPECTOR);
        assertThat(roles(all)).containsExactlyInAnyOrder(Role.INSPECTOR, Role.ADMIN);

        changeUser(owner, user -> user.grantExactly(EnumSet.of(Role.TEAM_LEAD)));
        assertThat(authenticate(inspectorOnly))
                .as("the owner holds none of its roles")
                .isEmpty();
        assertThat(roles(both)).containsExactly(Role.TEAM_LEAD);
    }

    @Test
    void nobodyIssuesATokenWithARoleTheyCannotUse() {
        Actor owner = newUser(Role.INSPECTOR);

        assertRefused(() -> issued(owner, new ApiTokenRequest("x", null, Set.of(Role.ADMIN))), "apiToken.roleNotHeld");
        assertThat(mine(owner)).isEmpty();
    }

    @Test
    void aCallerUsingSomeOfTheirRolesIssuesTokensForThoseRolesOnly() {
        Actor owner = newUser(Role.TEAM_LEAD, Role.INSPECTOR);
        Actor restricted = new Actor(owner.username, owner.id, EnumSet.of(Role.INSPECTOR));

        IssuedApiToken issued = issued(restricted, request("narrow", null));

        assertThat(issued.token().roles()).containsExactly(Role.INSPECTOR);
        assertRefused(
                () -> issued(restricted, new ApiTokenRequest("x", null, Set.of(Role.TEAM_LEAD))),
                "apiToken.roleNotHeld");
    }

    @Test
    void aRequestSignedInWithATokenCannotIssueAnother() {
        Actor owner = newUser(Role.INSPECTOR);
        String secret = issue(owner, Set.of());

        assertRefused(
                () -> as(owner, s -> {
                    assertThat(s.tokens.authenticate(secret, "10.0.0.1")).isPresent();
                    return s.tokens.issueMine(request("from a token", null));
                }),
                "apiToken.issueNeedsPassword");
    }

    // --- last use

    @Test
    void theLastUseIsWrittenAtMostOnceAMinute() {
        Actor owner = newUser(Role.INSPECTOR);
        IssuedApiToken issued = issued(owner, request("poller", null));
        String secret = issued.secret();

        assertThat(authenticate(secret, "10.0.0.1")).isPresent();
        Instant first = clock.instant();
        clock.advance(Duration.ofSeconds(30));
        assertThat(authenticate(secret, "10.0.0.2")).isPresent();
        clock.advance(Duration.ofSeconds(29));
        assertThat(authenticate(secret, "10.0.0.3")).isPresent();

        assertThat(lastUse(issued)).isEqualTo(new LastUse(first, "10.0.0.1"));
        assertThat(auditDetails(owner, "API_TOKEN_LOGIN")).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(authenticate(secret, "10.0.0.4")).isPresent();
        assertThat(lastUse(issued)).isEqualTo(new LastUse(clock.instant(), "10.0.0.4"));
        assertThat(auditDetails(owner, "API_TOKEN_LOGIN"))
                .hasSize(2)
                .allSatisfy(detail -> assertThat(detail).doesNotContain(secret));
        assertThat(mine(owner).get(0).lastUsedFrom()).isEqualTo("10.0.0.4");
    }

    @Test
    void aUseThatLostTheRaceWritesNothing() {
        Actor owner = newUser(Role.INSPECTOR);
        IssuedApiToken issued = issued(owner, request("racer", null));

        boolean first = call(s -> s.repository.recordUse(issued.token().id(), clock.instant(), "10.0.0.1"));
        boolean second = call(s -> s.repository.recordUse(issued.token().id(), clock.instant(), "10.0.0.2"));

        assertThat(first).isTrue();
        assertThat(second)
                .as("another request wrote the last use less than a minute ago")
                .isFalse();
        assertThat(lastUse(issued).from()).isEqualTo("10.0.0.1");
    }

    // --- what owners may ask for

    @Test
    void aTokenNeedsANameOfAtMostEightyCharacters() {
        Actor owner = newUser(Role.INSPECTOR);

        assertRefused(() -> issued(owner, request("  ", null)), "validation.required");
        assertRefused(() -> issued(owner, request("x".repeat(81), null)), "validation.tooLong");
        assertThat(issued(owner, request("  Đồng bộ   số liệu ", null)).token().name())
                .isEqualTo("Đồng bộ số liệu");
        assertThat(issued(owner, request("x".repeat(80), null))).isNotNull();
    }

    @Test
    void aTokenLastsFromTodayToAYearAheadAndNinetyDaysWhenNoLastDayIsGiven() {
        Actor owner = newUser(Role.INSPECTOR);

        assertRefused(() -> issued(owner, request("x", today().minusDays(1))), "apiToken.lastDayPast");
        assertRefused(() -> issued(owner, request("x", today().plusDays(366))), "apiToken.lastDayTooFar");

        assertThat(issued(owner, request("today", today())).token().expiresAt())
                .isEqualTo(today().plusDays(1).atStartOfDay(VIETNAM).toInstant());
        assertThat(issued(owner, request("a year", today().plusDays(365)))
                        .token()
                        .expiresAt())
                .isEqualTo(today().plusDays(366).atStartOfDay(VIETNAM).toInstant());
        assertThat(issued(owner, request("default", null)).token().expiresAt())
                .isEqualTo(today().plusDays(91).atStartOfDay(VIETNAM).toInstant());
    }

    @Test
    void aPersonHoldsAtMostTwentyLiveTokens() {
        Actor owner = newUser(Role.INSPECTOR);
        for (int i = 0; i < ApiTokens.MAX_LIVE_TOKENS; i++) {
            issue(owner, Set.of());
        }

        assertRefused(() -> issue(owner, Set.of()), "apiToken.tooMany");

        long newest = mine(owner).get(0).id();
        doAs(owner, s -> s.tokens.revokeMine(newest));
        assertThat(issue(owner, Set.of())).startsWith("vgl_");
    }

    // --- whose tokens

    @Test
    void nobodyRevokesAnotherPersonsTokenExceptThroughTheAdministratorsUseCase() {
        Actor owner = newUser(Role.INSPECTOR);
        Actor other = newUser(Role.INSPECTOR);
        IssuedApiToken issued = issued(owner, request("mine", null));
        long id = issued.token().id();

        assertThatThrownBy(() -> doAs(other, s -> s.tokens.revokeMine(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> doAs(owner, s -> s.tokens.revoke(other.id, id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(authenticate(issued.secret())).isPresent();
        assertThat(mine(other)).isEmpty();

        Actor admin = newUser(Role.ADMIN);
        assertThat(this.<List<ApiTokenView>>as(admin, s -> s.tokens.listFor(owner.id)))
                .extracting(ApiTokenView::id)
                .containsExactly(id);
        doAs(admin, s -> s.tokens.revoke(owner.id, id));

        assertThat(authenticate(issued.secret())).isEmpty();
        assertThat(mine(owner).get(0).revokedBy()).isEqualTo(admin.username);
        assertThatThrownBy(() -> as(admin, s -> s.tokens.listFor(-1))).isInstanceOf(NotFoundException.class);
    }

    // --- rules the database keeps by itself

    @Test
    void theDatabaseRefusesATokenThatExpiresBeforeItIsCreatedOrLivesOverAYear() {
        Actor owner = newUser(Role.INSPECTOR);
        String insert = "insert into core.api_token (user_id, name, token_prefix, digest, created_at, created_by,"
                + " expires_at) values (?1, ?2, 'vgl_abcdefgh', ?3, now(), 'it', now() + cast(?4 as interval))";

        assertThatThrownBy(() -> update(insert, owner.id, "x", randomDigest(), "-1 second"))
                .hasStackTraceContaining("api_token_expiry");
        assertThatThrownBy(() -> update(insert, owner.id, "x", randomDigest(), "367 days"))
                .hasStackTraceContaining("api_token_expiry");
        assertThatThrownBy(() -> update(insert, owner.id, " ", randomDigest(), "1 day"))
                .hasStackTraceContaining("api_token_name");
        assertThatThrownBy(() -> update(insert, owner.id, "x".repeat(81), randomDigest(), "1 day"))
                .hasStackTraceContaining("character varying(80)");
        assertThatThrownBy(() -> update(insert, owner.id, "x", "not-hex", "1 day"))
                .hasStackTraceContaining("api_token_digest_hex");
        String digest = randomDigest();
        update(insert, owner.id, "x", digest, "1 day");
        assertThatThrownBy(() -> update(insert, owner.id, "y", digest, "1 day"))
                .hasStackTraceContaining("api_token_digest");
    }

    @Test
    void aPersonsTokensGoWithTheirAccount() {
        Actor owner = newUser(Role.INSPECTOR);
        issue(owner, Set.of(Role.INSPECTOR));

        update("delete from core.user_account where id = ?1", owner.id);

        assertThat(sql("select count(*) from core.api_token where user_id = ?1", owner.id)
                        .get(0))
                .containsExactly(0L);
    }

    // --- helpers

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), VIETNAM);
    }

    private List<ApiTokenView> mine(Actor owner) {
        return as(owner, s -> s.tokens.listMine());
    }

    private IssuedApiToken issued(Actor owner, ApiTokenRequest request) {
        return as(owner, s -> s.tokens.issueMine(request));
    }

    private static ApiTokenRequest request(String name, LocalDate lastDay) {
        return new ApiTokenRequest(name, lastDay, Set.of());
    }

    private String issue(Actor owner, Set<Role> roles) {
        return issue(owner, null, roles);
    }

    private String issue(Actor owner, LocalDate lastDay, Set<Role> roles) {
        return issued(owner, new ApiTokenRequest("token", lastDay, roles)).secret();
    }

    private Optional<SignedIn> authenticate(String secret) {
        return authenticate(secret, "192.0.2.7");
    }

    private Optional<SignedIn> authenticate(String secret, String from) {
        return call(s -> s.tokens.authenticate(secret, from));
    }

    private Set<Role> roles(String secret) {
        return authenticate(secret).orElseThrow().roles();
    }

    private record LastUse(Instant at, String from) {}

    private LastUse lastUse(IssuedApiToken issued) {
        Object[] row = sql(
                        "select last_used_at, last_used_from from core.api_token where id = ?1",
                        issued.token().id())
                .get(0);
        return new LastUse(row[0] == null ? null : toInstant(row[0]), (String) row[1]);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private static void assertRefused(Runnable call, String messageKey) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    /** The audit details of one action by one actor (about their own tokens), oldest first. */
    private static List<String> auditDetails(Actor actor, String action) {
        return sql(
                        "select detail from core.audit_entry where actor = ?1 and action = ?2 order by id",
                        actor.username,
                        action)
                .stream()
                .map(row -> (String) row[0])
                .toList();
    }

    private static Actor newUser(Role... roles) {
        String username = "tok" + UUID.randomUUID().toString().substring(0, 8);
        long id = inNewEntityManager(em -> {
            UserAccount user = new UserAccount(username, "Người thử mã", "pbkdf2-sha512$1$AA$AA");
            user.grantExactly(Set.of(roles));
            em.persist(user);
            em.flush();
            return user.id();
        });
        return new Actor(username, id, EnumSet.copyOf(Set.of(roles)));
    }

    private static void changeUser(Actor actor, java.util.function.Consumer<UserAccount> change) {
        inNewEntityManager(em -> {
            change.accept(em.find(UserAccount.class, actor.id));
            return null;
        });
    }

    /** Runs {@code work} as {@code actor}, with the services bound to a new entity manager, in one transaction. */
    private <T> T as(Actor actor, Function<Services, T> work) {
        return inNewEntityManager(em -> work.apply(new Services(em, actor, clock)));
    }

    private void doAs(Actor actor, java.util.function.Consumer<Services> work) {
        as(actor, s -> {
            work.accept(s);
            return null;
        });
    }

    /** A call with nobody signed in, as the authentication mechanism makes it. */
    private <T> T call(Function<Services, T> work) {
        return as(new Actor(CurrentActor.ANONYMOUS, -1, EnumSet.noneOf(Role.class)), work);
    }

    private static <T> T inNewEntityManager(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return inTransaction(em, work);
        } finally {
            em.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> sql(String query, Object... params) {
        return inNewEntityManager(em -> {
            var q = em.createNativeQuery(query);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((List<Object>) q.getResultList())
                    .stream()
                            .map(row -> row instanceof Object[] array ? array : new Object[] {row})
                            .toList();
        });
    }

    private static int update(String statement, Object... params) {
        return inNewEntityManager(em -> {
            var q = em.createNativeQuery(statement);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return q.executeUpdate();
        });
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomDigest() {
        return sha256Hex(UUID.randomUUID().toString());
    }

    /** The services of one transaction, as CDI would wire them, with the real repositories and audit log. */
    private static final class Services {
        final JpaApiTokenRepository repository;
        final ApiTokens tokens;

        Services(EntityManager em, Actor actor, Clock clock) {
            AuditLogImpl audit = new AuditLogImpl();
            AccessRefusalsImpl refusals = new AccessRefusalsImpl();
            refusals.audit = audit;
            refusals.mark = new RefusalMark();
            audit.em = em;
            audit.actor = actor;
            audit.refusals = refusals;
            TokenSignIn signIn = new TokenSignIn();
            repository = new JpaApiTokenRepository(em);
            GuardedApiTokens guarded =
                    new GuardedApiTokens(repository, new JpaUserAccountRepository(em), actor, audit, signIn, clock);
            tokens = new ApiTokensImpl(guarded, repository, audit, signIn, new ApiTokenUses(repository, audit), clock);
        }
    }

    /** The signed-in person: their account and the roles they use in this request. */
    private record Actor(String username, long id, Set<Role> using) implements CurrentActor {
        @Override
        public boolean hasRole(Role role) {
            return using.contains(role);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
