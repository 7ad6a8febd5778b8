package vn.vigil.core.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vigil.core.testing.TestJpa.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vigil.core.domain.DocumentNumber;
import vn.vigil.core.infrastructure.CoreSchemaAccess;
import vn.vigil.core.testing.TestDatabase;
import vn.vigil.core.testing.TestJpa;

/** The digest ledger on a real PostgreSQL: a day is claimed once. */
class JpaDigestLedgerTest {

    private static EntityManagerFactory emf;

    @BeforeAll
    static void migrate() {
        TestDatabase.migrate(List.of(CoreSchemaAccess.coreSchema()));
        emf = TestJpa.entityManagerFactory("core", List.of(DocumentNumber.class));
    }

    @AfterAll
    static void closeFactory() {
        emf.close();
    }

    @Test
    void aDayIsClaimedOnlyOnce() {
        LocalDate day =
                LocalDate.of(2000, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(300_000));
        EntityManager em = emf.createEntityManager();
        try {
            JpaDigestLedger ledger = new JpaDigestLedger(em);
            boolean first = inTransaction(em, unused -> ledger.claim(day));
            boolean again = inTransaction(em, unused -> ledger.claim(day));
            boolean nextDay = inTransaction(em, unused -> ledger.claim(day.plusDays(1)));
            assertThat(first).isTrue();
            assertThat(again).isFalse();
            assertThat(nextDay).isTrue();
        } finally {
            em.close();
        }
    }
}
