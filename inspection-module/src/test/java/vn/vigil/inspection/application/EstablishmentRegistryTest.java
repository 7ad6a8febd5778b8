package vn.vigil.inspection.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vigil.core.testing.TestJpa.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.EstablishmentCommand;
import vn.vigil.inspection.api.EstablishmentStatus;
import vn.vigil.inspection.api.EstablishmentView;
import vn.vigil.inspection.api.PossibleDuplicate;
import vn.vigil.inspection.api.RiskFactor;
import vn.vigil.inspection.infrastructure.InspectionTestDatabase;
import vn.vigil.inspection.infrastructure.JpaBusinessLines;
import vn.vigil.inspection.infrastructure.JpaEstablishments;
import vn.vigil.inspection.infrastructure.JpaRiskWeights;

/** Registry writes on a real PostgreSQL: validation against line and commune, duplicates, versions, audit. */
class EstablishmentRegistryTest {

    static final EntityManagerFactory emf = InspectionTestDatabase.factory();

    EntityManager em;
    EstablishmentRegistryImpl registry;
    RecordingAuditLog audit;
    String unique;

    @BeforeEach
    void wire() {
        em = emf.createEntityManager();
        audit = new RecordingAuditLog();
        registry = new EstablishmentRegistryImpl();
        registry.establishments = new JpaEstablishments(em);
        registry.businessLines = new JpaBusinessLines(em);
        registry.riskWeights = new JpaRiskWeights(em);
        registry.units = FakeUnits.service();
        registry.audit = audit;
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void registersAnEstablishmentScoresItAndAuditsIdsOnly() {
        EstablishmentView saved = tx(() -> registry.registerEstablishment(command("Massage Kim Long", null), false));

        assertThat(saved.id()).isPositive();
        assertThat(saved.communeName()).isEqualTo("Phường Trấn Biên");
        assertThat(saved.businessLineEn()).isEqualTo("Massage and sauna");
        // 40 × 0.85 = 34 for the line, 10 for never inspected
        assertThat(saved.riskScore()).isEqualTo(44);
        assertThat(saved.riskExplanation()).extracting(c -> c.factor()).containsExactly(RiskFactor.values());
        assertThat(registry.find(saved.id()).riskScore()).isEqualTo(44);
        assertThat(audit.events).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("ESTABLISHMENT_REGISTERED");
            assertThat(e.entityId()).isEqualTo(String.valueOf(saved.id()));
            assertThat(e.detail()).doesNotContain("Kim Long");
        });
    }

    @Test
    void theSameRegistrationNumberIsRefused() {
        tx(() -> registry.registerEstablishment(command("Karaoke Sao Mai", "REG-" + unique), false));

        assertThatThrownBy(() -> tx(() ->
                        registry.registerEstablishment(command("Karaoke Bình Minh " + unique, "REG-" + unique), true)))
                .hasMessageContaining("establishment.registrationTaken");
    }

    @Test
    void theSameNameAndAddressNeedsAConfirmation() {
        tx(() -> registry.registerEstablishment(command("Karaoke Hoàng Gia " + unique, null), false));
        EstablishmentCommand again = command("KARAOKE HOANG GIA " + unique.toUpperCase(), null);

        List<PossibleDuplicate> duplicates = registry.findPossibleDuplicates(again, null);
        assertThat(duplicates)
                .singleElement()
                .satisfies(d -> assertThat(d.sameRegistrationNo()).isFalse());
        assertThatThrownBy(() -> tx(() -> registry.registerEstablishment(again, false)))
                .hasMessageContaining("establishment.possibleDuplicate");
        assertThat(tx(() -> registry.registerEstablishment(again, true)).id()).isPositive();
    }

    @Test
    void aCorrectionDoesNotFindItselfAsADuplicate() {
        EstablishmentView saved =
                tx(() -> registry.registerEstablishment(command("Nhà nghỉ " + unique, "N-" + unique), false));

        EstablishmentCommand corrected = new EstablishmentCommand(
                saved.name(),
                saved.businessLineId(),
                saved.registrationNo(),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2030, 12, 31),
                "Trần Thị Hoa",
                "Lê Văn Nam",
                "0251 3822 123",
                saved.address(),
                saved.communeId(),
                new BigDecimal("10.95"),
                new BigDecimal("106.85"));
        EstablishmentView after =
                tx(() -> registry.correctEstablishment(saved.id(), saved.version(), corrected, false));

        assertThat(after.legalRepresentative()).isEqualTo("Lê Văn Nam");
        assertThat(after.latitude()).isEqualByComparingTo("10.95");
        assertThat(after.version()).isGreaterThan(saved.version());
    }

    @Test
    void aStaleVersionIsAConflict() {
        EstablishmentView saved = tx(() -> registry.registerEstablishment(command("Spa " + unique, null), false));
        tx(() -> registry.changeStatus(saved.id(), saved.version(), EstablishmentStatus.SUSPENDED, "Đình chỉ 3 tháng"));

        assertThatThrownBy(() -> tx(() -> registry.correctEstablishment(
                        saved.id(), saved.version(), command("Spa " + unique, null), false)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aStatusChangeNeedsAReasonAndIsKept() {
        EstablishmentView saved = tx(() -> registry.registerEstablishment(command("Bar " + unique, null), false));

        assertThatThrownBy(() ->
                        tx(() -> registry.changeStatus(saved.id(), saved.version(), EstablishmentStatus.CLOSED, " ")))
                .hasMessageContaining("validation.required");
        EstablishmentView closed = tx(() ->
                registry.changeStatus(saved.id(), saved.version(), EstablishmentStatus.CLOSED, "Ngừng kinh doanh"));

        assertThat(closed.status()).isEqualTo(EstablishmentStatus.CLOSED);
        assertThat(closed.statusReason()).isEqualTo("Ngừng kinh doanh");
        assertThat(audit.events)
                .extracting(e -> e.action())
                .containsExactly("ESTABLISHMENT_REGISTERED", "ESTABLISHMENT_STATUS_CHANGED");
    }

    @Test
    void theCommuneMustBeACommuneInForce() {
        for (long unit : List.of(FakeUnits.RETIRED_COMMUNE, FakeUnits.PROVINCE)) {
            assertThatThrownBy(() ->
                            tx(() -> registry.registerEstablishment(command("Quán " + unique, null, unit), false)))
                    .hasMessageContaining("establishment.communeNotInForce");
        }
        assertThatThrownBy(() -> tx(() -> registry.registerEstablishment(command("Quán " + unique, null, 999L), false)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("establishment.communeUnknown");
    }

    private <T> T tx(Supplier<T> work) {
        return inTransaction(em, unused -> work.get());
    }

    private EstablishmentCommand command(String name, String registrationNo) {
        return command(name, registrationNo, FakeUnits.COMMUNE);
    }

    private EstablishmentCommand command(String name, String registrationNo, long commune) {
        return new EstablishmentCommand(
                name,
                line("MASSAGE"),
                registrationNo,
                null,
                null,
                "Nguyễn Văn An",
                null,
                null,
                "Số 12, đường Võ Thị Sáu " + unique,
                commune,
                null,
                null);
    }

    private long line(String code) {
        return new JpaBusinessLines(em).findByCode(code).orElseThrow().id();
    }
}
