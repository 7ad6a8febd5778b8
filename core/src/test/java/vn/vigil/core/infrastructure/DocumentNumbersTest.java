package vn.vigil.core.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vigil.core.testing.TestJpa.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.audit.AuditEntryView;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.audit.AuditQuery;
import vn.vigil.core.api.document.IssuedNumber;
import vn.vigil.core.api.document.NumberRequest;
import vn.vigil.core.application.DocumentNumbersImpl;
import vn.vigil.core.domain.DocumentNumber;
import vn.vigil.core.domain.DocumentSequence;
import vn.vigil.core.testing.TestDatabase;
import vn.vigil.core.testing.TestJpa;

/** Document numbering on a real PostgreSQL, each test with issuers of its own. */
class DocumentNumbersTest {

    private static final LocalDate ON = LocalDate.of(2026, 11, 27);
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    private static EntityManagerFactory emf;

    @BeforeAll
    static void migrateAndMap() {
        TestDatabase.migrate(List.of(CoreSchemaAccess.coreSchema()));
        emf = TestJpa.entityManagerFactory("core", List.of(DocumentNumber.class));
    }

    @AfterAll
    static void closeFactory() {
        emf.close();
    }

    @Test
    void numbersFollowEachOtherAndAreWrittenWithTheKindsSymbol() {
        String issuer = newIssuer();

        IssuedNumber first = issue(issuer, "VIOLATION_RECORD", ON, "case-1");
        IssuedNumber second = issue(issuer, "VIOLATION_RECORD", ON, "case-2");
        IssuedNumber decision = issue(issuer, "SANCTION_DECISION", ON, "case-1");

        assertThat(first.number()).isEqualTo("01/BB-VPHC");
        assertThat(first.year()).isEqualTo(2026);
        assertThat(first.issuedBy()).isEqualTo("legal");
        assertThat(first.issuedAt()).isEqualTo(CLOCK.instant());
        assertThat(second.number()).isEqualTo("02/BB-VPHC");
        assertThat(decision.number()).isEqualTo("01/QĐ-XPHC");
    }

    @Test
    void eachIssuerAndEachYearHasItsOwnSequence() {
        String issuer = newIssuer();
        String other = newIssuer();

        issue(issuer, "SANCTION_DECISION", ON, "a");
        issue(issuer, "SANCTION_DECISION", ON, "b");

        assertThat(issue(other, "SANCTION_DECISION", ON, "c").sequence()).isEqualTo(1);
        IssuedNumber nextYear = issue(issuer, "SANCTION_DECISION", LocalDate.of(2027, 1, 2), "d");
        assertThat(nextYear.sequence()).isEqualTo(1);
        assertThat(nextYear.year()).isEqualTo(2027);
    }

    @Test
    void withoutADateTheYearIsTodaysInVietnam() {
        assertThat(issue(newIssuer(), "VIOLATION_RECORD", null, "x").year()).isEqualTo(2026);
    }

    @Test
    void anIssuerMayHaveItsOwnSymbol() {
        String issuer = newIssuer();
        inTransaction(
                emf.createEntityManager(),
                em -> em.createNativeQuery(
                                "insert into core.document_symbol (kind, issuer_code, symbol) values (?1, ?2, ?3)")
                        .setParameter(1, "SANCTION_DECISION")
                        .setParameter(2, issuer)
                        .setParameter(3, "QĐ-XPHC-CAT")
                        .executeUpdate());

        assertThat(issue(issuer, "SANCTION_DECISION", ON, "x").number()).isEqualTo("01/QĐ-XPHC-CAT");
        assertThat(issue(newIssuer(), "SANCTION_DECISION", ON, "x").number()).isEqualTo("01/QĐ-XPHC");
    }

    @Test
    void aKindWithoutASymbolIsRefusedAndTakesNoNumber() {
        String issuer = newIssuer();

        assertThatThrownBy(() -> issue(issuer, "NO_SUCH_KIND", ON, "x"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("documents.noSymbol"));
        assertThat(counter(issuer, "NO_SUCH_KIND")).isZero();
    }

    @Test
    void aRolledBackIssueGivesItsNumberBack() {
        String issuer = newIssuer();
        issue(issuer, "VIOLATION_RECORD", ON, "kept");

        EntityManager em = emf.createEntityManager();
        assertThatThrownBy(() -> inTransaction(em, e -> {
                    assertThat(service(e)
                                    .issue(request(issuer, "VIOLATION_RECORD", ON, "lost"))
                                    .sequence())
                            .isEqualTo(2);
                    throw new IllegalStateException("the document could not be saved");
                }))
                .hasMessageContaining("could not be saved");
        em.close();

        assertThat(issue(issuer, "VIOLATION_RECORD", ON, "kept too").number()).isEqualTo("02/BB-VPHC");
        assertThat(numbersFor("lost")).isEmpty();
    }

    @Test
    void twoHundredParallelIssuesGetOneToTwoHundredExactly() throws Exception {
        String issuer = newIssuer();
        int issues = 200;
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<IssuedNumber>> futures = new ArrayList<>();
            for (int i = 0; i < issues; i++) {
                String reference = "parallel-" + i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return issue(issuer, "SANCTION_DECISION", ON, reference);
                }));
            }
            start.countDown();
            List<Integer> sequences = new ArrayList<>();
            for (Future<IssuedNumber> f : futures) {
                sequences.add(f.get(2, TimeUnit.MINUTES).sequence());
            }

            assertThat(sequences)
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(
                            IntStream.rangeClosed(1, issues).boxed().toList());
            assertThat(counter(issuer, "SANCTION_DECISION")).isEqualTo(issues);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theDatabaseRefusesTheSameNumberTwice() {
        String issuer = newIssuer();
        DocumentSequence sequence = new DocumentSequence(issuer, "VIOLATION_RECORD", 2026);
        EntityManager em = emf.createEntityManager();
        JpaDocumentNumberRepository repository = new JpaDocumentNumberRepository(em);
        inTransaction(
                em,
                () -> repository.add(
                        new DocumentNumber(sequence, 1, "BB-VPHC", CLOCK.instant(), "legal", "Case", "1")));

        assertThatThrownBy(() -> inTransaction(
                        em,
                        () -> repository.add(
                                new DocumentNumber(sequence, 1, "BB-VPHC", CLOCK.instant(), "legal", "Case", "2"))))
                .hasStackTraceContaining("document_number_seq");
        em.close();
    }

    @Test
    void anIssuedNumberCannotBeChanged() {
        String issuer = newIssuer();
        issue(issuer, "VIOLATION_RECORD", ON, "fixed");

        EntityManager em = emf.createEntityManager();
        assertThatThrownBy(() -> inTransaction(
                        em,
                        e -> e.createNativeQuery("update core.document_number set seq = 99 where issuer_code = ?1")
                                .setParameter(1, issuer)
                                .executeUpdate()))
                .hasStackTraceContaining("append-only");
        em.close();
    }

    private static IssuedNumber issue(String issuer, String kind, LocalDate on, String reference) {
        EntityManager em = emf.createEntityManager();
        try {
            return inTransaction(em, e -> service(e).issue(request(issuer, kind, on, reference)));
        } finally {
            em.close();
        }
    }

    private static List<IssuedNumber> numbersFor(String reference) {
        EntityManager em = emf.createEntityManager();
        try {
            return service(em).numbersFor("ViolationCase", reference);
        } finally {
            em.close();
        }
    }

    private static NumberRequest request(String issuer, String kind, LocalDate on, String reference) {
        return new NumberRequest(kind, issuer, on, "ViolationCase", reference);
    }

    private static DocumentNumbersImpl service(EntityManager em) {
        return new DocumentNumbersImpl(new JpaDocumentNumberRepository(em), new LegalOfficer(), new NoAudit(), CLOCK);
    }

    private static long counter(String issuer, String kind) {
        EntityManager em = emf.createEntityManager();
        try {
            return ((Number) em.createNativeQuery("select coalesce(max(last_seq), 0) from core.document_counter"
                                    + " where issuer_code = ?1 and kind = ?2")
                            .setParameter(1, issuer)
                            .setParameter(2, kind)
                            .getSingleResult())
                    .longValue();
        } finally {
            em.close();
        }
    }

    private static String newIssuer() {
        return "T-" + UUID.randomUUID().toString().substring(0, 12);
    }

    private static final class LegalOfficer implements CurrentActor {
        @Override
        public String username() {
            return "legal";
        }

        @Override
        public boolean hasRole(Role role) {
            return role == Role.LEGAL_OFFICER;
        }
    }

    private static final class NoAudit implements AuditLog {

        @Override
        public vn.vigil.core.api.audit.AuditChainStatus verifyChain() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void record(AuditEvent event) {}

        @Override
        public void record(String actor, AuditEvent event) {}

        @Override
        public Page<AuditEntryView> search(AuditQuery query, PageRequest page) {
            throw new UnsupportedOperationException();
        }
    }
}
