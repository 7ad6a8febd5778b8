package vn.vigil.inspection.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vigil.core.testing.TestJpa.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Money;
import vn.vigil.core.api.PageRequest;
import vn.vigil.inspection.api.LegalProvisionCommand;
import vn.vigil.inspection.api.LegalProvisionView;
import vn.vigil.inspection.api.ViolatorKind;
import vn.vigil.inspection.domain.LegalProvision;
import vn.vigil.inspection.infrastructure.InspectionTestDatabase;
import vn.vigil.inspection.infrastructure.JpaLegalProvisions;

/** The legal catalogue on a real PostgreSQL: the seeded sample, admin edits, unique references, fine ranges. */
class LegalCatalogueTest {

    static final EntityManagerFactory emf = InspectionTestDatabase.factory();

    EntityManager em;
    LegalCatalogueImpl service;
    RecordingAuditLog audit;
    int article;

    @BeforeEach
    void wire() {
        em = emf.createEntityManager();
        audit = new RecordingAuditLog();
        service = new LegalCatalogueImpl();
        service.provisions = new JpaLegalProvisions(em);
        service.audit = audit;
        article = ThreadLocalRandom.current().nextInt(100, 999);
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void theSeededSampleHoldsTheLabourExportMassageActAtUpTo180Million() {
        var found = service.provisions("xoa bóp tại nhà hàng", true, PageRequest.first(20));

        assertThat(found.items()).singleElement().satisfies(p -> {
            assertThat(p.decree()).isEqualTo("12/2022/NĐ-CP");
            assertThat(p.organisationFineMax()).isEqualTo(180_000_000L);
            assertThat(p.individualFineMax()).isEqualTo(90_000_000L);
        });
        assertThat(service.provisions("144/2021", true, PageRequest.first(50)).total())
                .isGreaterThanOrEqualTo(3);
        assertThat(service.provisions("karaoke", true, PageRequest.first(50)).total())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void anAdminAddsAnActWhoseOrganisationRangeDefaultsToDouble() {
        LegalProvisionView added = tx(() -> service.addProvision(act("a", 5_000_000L, 10_000_000L)));

        em.clear();
        LegalProvisionView stored = service.provision(added.id());
        assertThat(stored.organisationFineMin()).isEqualTo(10_000_000L);
        assertThat(stored.organisationFineMax()).isEqualTo(20_000_000L);
        assertThat(stored.reference()).isEqualTo("144/2021/NĐ-CP " + article + ".2.a");
        assertThat(audit.events).extracting(e -> e.action()).containsExactly("LEGAL_PROVISION_ADDED");
    }

    @Test
    void refusesTheSameReferenceTwice() {
        tx(() -> service.addProvision(act("b", 1_000_000L, 2_000_000L)));

        assertThatThrownBy(() -> tx(() -> service.addProvision(act("B", 3_000_000L, 4_000_000L))))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("legalProvision.referenceTaken");
    }

    @Test
    void refusesAnInvertedRangeAndAStaleVersionAndChangesNothing() {
        LegalProvisionView added = tx(() -> service.addProvision(act("c", 1_000_000L, 2_000_000L)));

        assertThatThrownBy(() -> tx(() -> service.updateProvision(added.id(), added.version(), act("c", 3L, 2L))))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("legalProvision.fineRangeInverted");
        LegalProvisionView updated =
                tx(() -> service.updateProvision(added.id(), added.version(), act("c", 1_500_000L, 2_000_000L)));
        assertThatThrownBy(() -> tx(() -> service.updateProvision(added.id(), added.version(), act("c", 1L, 2L))))
                .isInstanceOf(ConflictException.class);

        em.clear();
        assertThat(service.provision(added.id()).individualFineMin()).isEqualTo(1_500_000L);
        assertThat(updated.version()).isGreaterThan(added.version());
    }

    @Test
    void aFineMustLieInsideTheRangeOfTheViolatorsKind() {
        LegalProvision act = new LegalProvision(act("d", 10_000_000L, 20_000_000L));

        act.requireFineInRange(ViolatorKind.INDIVIDUAL, Money.ofDong(20_000_000L));
        act.requireFineInRange(ViolatorKind.ORGANISATION, Money.ofDong(40_000_000L));
        assertThatThrownBy(() -> act.requireFineInRange(ViolatorKind.INDIVIDUAL, Money.ofDong(20_000_001L)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("violation.fineOutOfRange");
        assertThatThrownBy(() -> act.requireFineInRange(ViolatorKind.ORGANISATION, Money.ofDong(19_999_999L)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("violation.fineOutOfRange");
    }

    @Test
    void anActAppliesOnlyFromTheDayItComesIntoForceToTheDayItIsReplacedBothIncluded() {
        LegalProvisionCommand open = act("e", 1_000_000L, 2_000_000L);
        LegalProvisionView added = tx(() -> service.addProvision(open));
        assertThat(added.validFrom()).isEqualTo(LocalDate.of(2022, 1, 1));
        LegalProvisionView replaced = tx(() -> service.updateProvision(
                added.id(), added.version(), validity(open, LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31))));

        em.clear();
        LegalProvision stored = new JpaLegalProvisions(em).find(added.id()).orElseThrow();
        assertThat(stored.inForceOn(LocalDate.of(2021, 12, 31))).isFalse();
        assertThat(stored.inForceOn(LocalDate.of(2022, 1, 1))).isTrue();
        assertThat(stored.inForceOn(LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(stored.inForceOn(LocalDate.of(2025, 1, 1))).isFalse();
        assertThatThrownBy(() -> stored.requireInForceOn(LocalDate.of(2025, 1, 1)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("violation.provisionNotInForce");
        assertThat(replaced.validUntil()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(replaced.inForceOn(LocalDate.of(2021, 12, 31))).isFalse();
        assertThat(replaced.inForceOn(LocalDate.of(2022, 1, 1))).isTrue();
        assertThat(replaced.inForceOn(LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(replaced.inForceOn(LocalDate.of(2025, 1, 1))).isFalse();
    }

    @Test
    void refusesAnActWithoutAStartDayOrEndingBeforeItStartsAndChangesNothing() {
        LegalProvisionCommand open = act("g", 1_000_000L, 2_000_000L);
        LegalProvisionView added = tx(() -> service.addProvision(open));

        assertThatThrownBy(() -> tx(() -> service.addProvision(validity(act("h", 1L, 2L), null, null))))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("validation.required");
        assertThatThrownBy(() -> tx(() -> service.updateProvision(
                        added.id(),
                        added.version(),
                        validity(open, LocalDate.of(2023, 1, 2), LocalDate.of(2023, 1, 1)))))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("legalProvision.validityInverted");

        em.clear();
        LegalProvisionView stored = service.provision(added.id());
        assertThat(stored.validUntil()).isNull();
        assertThat(stored.version()).isEqualTo(added.version());
        assertThat(service.provisions("144/2021", false, PageRequest.first(200)).items())
                .noneMatch(p -> p.point() != null && p.point().equals("h") && p.article() == article);
    }

    private static LegalProvisionCommand validity(LegalProvisionCommand c, LocalDate from, LocalDate until) {
        return new LegalProvisionCommand(
                c.decree(),
                c.article(),
                c.clause(),
                c.point(),
                c.description(),
                c.individualFineMin(),
                c.individualFineMax(),
                c.organisationFineMin(),
                c.organisationFineMax(),
                c.suspensionMonthsMin(),
                c.suspensionMonthsMax(),
                c.confiscation(),
                c.remedialMeasures(),
                c.active(),
                from,
                until);
    }

    private LegalProvisionCommand act(String point, Long min, Long max) {
        return new LegalProvisionCommand(
                "144/2021/nđ-cp",
                article,
                2,
                point,
                "Hành vi thử nghiệm",
                min,
                max,
                null,
                null,
                1,
                3,
                false,
                null,
                true,
                LocalDate.of(2022, 1, 1),
                null);
    }

    private <T> T tx(Supplier<T> work) {
        return inTransaction(em, unused -> work.get());
    }
}
