package vn.vigil.inspection.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vigil.core.testing.TestJpa.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.RuleUnit;
import vn.vigil.inspection.api.ViolationRuleCode;
import vn.vigil.inspection.api.ViolationRuleCommand;
import vn.vigil.inspection.domain.VietnamHolidays2026Access;
import vn.vigil.inspection.infrastructure.InspectionTestDatabase;
import vn.vigil.inspection.infrastructure.JpaViolationRules;

/** The dated rule table on a real PostgreSQL: seeded defaults, due dates from them, a change of law. */
class ViolationRulesTest {

    static final EntityManagerFactory emf = InspectionTestDatabase.factory();

    EntityManager em;
    ViolationRulesImpl service;
    RecordingAuditLog audit;

    @BeforeEach
    void wire() {
        em = emf.createEntityManager();
        audit = new RecordingAuditLog();
        service = new ViolationRulesImpl();
        service.rules = new JpaViolationRules(em);
        service.clock = new CaseDeadlineClock(service.rules, VietnamHolidays2026Access.calendar());
        service.actor = new FixedActor("admin");
        service.audit = audit;
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void everyStatutoryRuleIsSeededAndInForceToday() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        for (ViolationRuleCode code : ViolationRuleCode.values()) {
            assertThat(service.inForce(code, day).code()).isEqualTo(code);
        }
        assertThat(service.inForce(ViolationRuleCode.ON_THE_SPOT_ORGANISATION, day)
                        .amount())
                .isEqualTo(500_000L);
        assertThat(service.inForce(ViolationRuleCode.LATE_PAYMENT_SURCHARGE, day)
                        .unit())
                .isEqualTo(RuleUnit.BASIS_POINTS_PER_DAY);
    }

    @Test
    void dueDatesComeFromTheRuleInForceAndTheCalendar() {
        assertThat(service.due(ViolationRuleCode.RECORD, LocalDate.of(2026, 2, 13)))
                .isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(service.due(ViolationRuleCode.PAYMENT, LocalDate.of(2026, 12, 22)))
                .isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(service.due(ViolationRuleCode.DECISION_EXPLANATION, LocalDate.of(2026, 1, 31)))
                .isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void aChangeOfLawEndsTheOldRuleTheDayBeforeAndOldCasesKeepIt() {
        LocalDate change = LocalDate.of(2090, 1, 1);
        tx(() -> service.supersede(
                new ViolationRuleCommand(ViolationRuleCode.COMPLAINT, 60L, RuleUnit.DAYS, "Luật mới", change)));

        em.clear();
        assertThat(service.inForce(ViolationRuleCode.COMPLAINT, change.minusDays(1))
                        .amount())
                .isEqualTo(90L);
        assertThat(service.inForce(ViolationRuleCode.COMPLAINT, change.minusDays(1))
                        .validUntil())
                .isEqualTo(change.minusDays(1));
        assertThat(service.inForce(ViolationRuleCode.COMPLAINT, change).amount())
                .isEqualTo(60L);
        assertThat(audit.events).extracting(e -> e.action()).containsExactly("VIOLATION_RULE_SUPERSEDED");
    }

    @Test
    void refusesASuccessorStartingBeforeTheRuleItReplaces() {
        assertThatThrownBy(() -> tx(() -> service.supersede(new ViolationRuleCommand(
                        ViolationRuleCode.DELIVERY, 3L, RuleUnit.WORKING_DAYS, "x", LocalDate.of(2000, 1, 1)))))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("violationRule.successorTooEarly");
        em.clear();
        assertThat(service.inForce(ViolationRuleCode.DELIVERY, LocalDate.of(2026, 3, 2))
                        .amount())
                .isEqualTo(2L);
    }

    @Test
    void aRuleEnteredByMistakeIsWithdrawnBeforeItComesIntoForceAndTheOldOneRunsOn() {
        ViolationRuleCode code = ViolationRuleCode.RECORD_APPRAISAL;
        LocalDate first = LocalDate.of(2095, 1, 2);
        var mistaken = tx(
                () -> service.supersede(new ViolationRuleCommand(code, 4L, RuleUnit.WORKING_DAYS, "Gõ nhầm", first)));
        var later = tx(() -> service.supersede(
                new ViolationRuleCommand(code, 6L, RuleUnit.WORKING_DAYS, "Gõ nhầm lần nữa", first.plusYears(1))));

        em.clear();
        var superseded = service.inForce(code, first);
        assertThat(superseded.id()).isEqualTo(mistaken.id());
        assertThatThrownBy(() -> tx(() -> {
                    service.withdraw(superseded.id(), superseded.version());
                    return null;
                }))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("violationRule.notLatest");
        assertThatThrownBy(() -> tx(() -> {
                    service.withdraw(later.id(), later.version() + 1);
                    return null;
                }))
                .isInstanceOf(ConflictException.class);
        em.clear();
        tx(() -> {
            service.withdraw(later.id(), later.version());
            return null;
        });
        em.clear();
        var reopened = service.inForce(code, first);
        tx(() -> {
            service.withdraw(reopened.id(), reopened.version());
            return null;
        });

        em.clear();
        var seeded = service.inForce(code, first.plusYears(3));
        assertThat(seeded.amount()).isEqualTo(3L);
        assertThat(seeded.validUntil()).isNull();
        assertThat(audit.events)
                .extracting(e -> e.action())
                .containsSubsequence("VIOLATION_RULE_WITHDRAWN", "VIOLATION_RULE_WITHDRAWN");
    }

    @Test
    void aRuleAlreadyInForceCannotBeWithdrawn() {
        var inForce = service.inForce(ViolationRuleCode.ON_THE_SPOT_INDIVIDUAL, LocalDate.now());

        assertThatThrownBy(() -> tx(() -> {
                    service.withdraw(inForce.id(), inForce.version());
                    return null;
                }))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("violationRule.alreadyInForce");
        em.clear();
        assertThat(service.inForce(ViolationRuleCode.ON_THE_SPOT_INDIVIDUAL, LocalDate.now())
                        .id())
                .isEqualTo(inForce.id());
    }

    private <T> T tx(Supplier<T> work) {
        return inTransaction(em, unused -> work.get());
    }
}
