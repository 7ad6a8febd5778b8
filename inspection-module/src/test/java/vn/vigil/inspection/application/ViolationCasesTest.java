package vn.vigil.inspection.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vigil.core.testing.TestJpa.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.PageRequest;
import vn.vigil.inspection.api.CaseDeadlineView;
import vn.vigil.inspection.api.CaseStepView;
import vn.vigil.inspection.api.ComplaintCommand;
import vn.vigil.inspection.api.ComplaintDecisionCommand;
import vn.vigil.inspection.api.ComplaintOutcome;
import vn.vigil.inspection.api.DecisionCommand;
import vn.vigil.inspection.api.DeliveryCommand;
import vn.vigil.inspection.api.InspectionStatistics;
import vn.vigil.inspection.api.NotYetAvailable;
import vn.vigil.inspection.api.OpenCaseCommand;
import vn.vigil.inspection.api.PaymentCommand;
import vn.vigil.inspection.api.RecordViolationCommand;
import vn.vigil.inspection.api.ViolationCaseAction;
import vn.vigil.inspection.api.ViolationCaseStatus;
import vn.vigil.inspection.api.ViolationCaseView;
import vn.vigil.inspection.api.ViolationRuleCode;
import vn.vigil.inspection.api.ViolatorKind;
import vn.vigil.inspection.api.VisitViolationsFound;
import vn.vigil.inspection.domain.Acts;
import vn.vigil.inspection.domain.LegalProvision;
import vn.vigil.inspection.domain.Visit;
import vn.vigil.inspection.infrastructure.InspectionTestDatabase;
import vn.vigil.inspection.infrastructure.JpaLegalProvisions;
import vn.vigil.inspection.infrastructure.JpaViolationCases;
import vn.vigil.inspection.infrastructure.JpaVisits;

/** Violation cases on a real PostgreSQL: a visit's case opened once, the path to payment, refusals kept out. */
class ViolationCasesTest {

    static final EntityManagerFactory emf = InspectionTestDatabase.factory();
    static final LocalDate DETECTED = LocalDate.of(2026, 2, 12);

    EntityManager em;
    ViolationCasesImpl service;
    VisitCaseOpener opener;
    JpaViolationCases repository;
    long karaokeHours;
    long lockedRooms;

    @BeforeEach
    void wire() {
        em = emf.createEntityManager();
        repository = new JpaViolationCases(em);
        service = new ViolationDesk().service(em);
        opener = new VisitCaseOpener(repository, new JpaVisits(em), ViolationDesk.clock(em));
        karaokeHours = provisionId("08 giờ đến 24 giờ");
        lockedRooms = provisionId("chốt cửa");
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void aVisitsEventOpensOneCaseHoweverOftenItComesWithTheRecordDueInTwoWorkingDays() {
        long visit = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        VisitViolationsFound found = new VisitViolationsFound(visit, 42);

        boolean first = inTransaction(em, unused -> opener.open(found, DETECTED));
        boolean again = inTransaction(em, unused -> opener.open(found, DETECTED));
        assertThat(first).isTrue();
        assertThat(again).isFalse();

        em.clear();
        var opened = repository.findByVisit(visit).orElseThrow();
        assertThat(opened.status()).isEqualTo(ViolationCaseStatus.OPENED);
        assertThat(opened.dueRule()).isEqualTo(ViolationRuleCode.RECORD);
        assertThat(opened.dueOn()).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(opened.history())
                .singleElement()
                .satisfies(t -> assertThat(t.actedBy()).isEqualTo("system"));
    }

    @Test
    void aCaseGoesFromRecordToDecisionToPaymentWithALateSurchargeAndCloses() {
        ViolationCaseView opened = tx(() -> service.open(new OpenCaseCommand(42L, DETECTED, "Tố giác của người dân")));
        ViolationCaseView c =
                tx(() -> service.recordViolation(opened.id(), opened.version(), record(ViolatorKind.ORGANISATION)));
        assertThat(c.dueRule()).isEqualTo(ViolationRuleCode.DECISION);
        assertThat(c.dueOn()).isEqualTo(LocalDate.of(2026, 3, 3));

        ViolationCaseView recorded = c;
        c = tx(() -> service.issueDecision(recorded.id(), recorded.version(), decision(25_000_000L, 35_000_000L)));
        assertThat(c.fineTotal()).isEqualTo(60_000_000L);
        assertThat(c.dueRule()).isEqualTo(ViolationRuleCode.DELIVERY);

        ViolationCaseView decided = c;
        c = tx(() -> service.deliverDecision(
                decided.id(), decided.version(), new DeliveryCommand(LocalDate.of(2026, 2, 25), false, null)));
        assertThat(c.dueOn()).isEqualTo(LocalDate.of(2026, 3, 9));

        ViolationCaseView delivered = c;
        c = tx(() -> service.recordPayment(
                delivered.id(), delivered.version(), payment("BL-" + delivered.id() + "-1", 9, 20_000_000L)));
        assertThat(c.payments().get(0).surcharge()).isZero();
        assertThat(c.balance()).isEqualTo(40_000_000L);

        ViolationCaseView partPaid = c;
        c = tx(() -> service.recordPayment(
                partPaid.id(), partPaid.version(), payment("BL-" + partPaid.id() + "-2", 19, 40_000_000L)));
        // due 9 March, paid 19 March: 10 days at 0.05 % on 40,000,000 VND
        assertThat(c.payments().get(1).surcharge()).isEqualTo(200_000L);
        assertThat(c.status()).isEqualTo(ViolationCaseStatus.PAID);

        ViolationCaseView paid = c;
        c = tx(() -> service.take(paid.id(), paid.version(), ViolationCaseAction.CLOSE, null));

        em.clear();
        ViolationCaseView stored = service.violationCase(c.id());
        assertThat(stored.status()).isEqualTo(ViolationCaseStatus.CLOSED);
        assertThat(stored.dueOn()).isNull();
        assertThat(stored.history()).hasSize(6);
        assertThat(stored.history().get(0).reason()).isEqualTo("Tố giác của người dân");
        assertThat(stored.recordNumber()).isEqualTo("01/BB-VPHC");
        assertThat(stored.decisionNumber()).isEqualTo("01/QĐ-XPHC");
    }

    @Test
    void aComplaintFiledAfterTheCaseClosedButInsideTheComplaintPeriodIsTrackedToItsOutcome() {
        ViolationCaseView closed = closedCase();

        // delivered 25 February: the 90-day complaint period runs to 26 May
        assertThatThrownBy(() -> tx(() -> service.fileComplaint(
                        closed.id(),
                        closed.version(),
                        new ComplaintCommand(LocalDate.of(2026, 5, 27), "Khiếu nại mức phạt", false))))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("violationCase.complaintLate");
        em.clear();
        ViolationCaseView filed = tx(() -> service.fileComplaint(
                closed.id(),
                closed.version(),
                new ComplaintCommand(LocalDate.of(2026, 5, 26), "Khiếu nại mức phạt", false)));
        ViolationCaseView decided = tx(() -> service.decideComplaint(
                filed.id(),
                filed.version(),
                new ComplaintDecisionCommand(ComplaintOutcome.REJECTED, LocalDate.of(2026, 6, 10), "Đúng quy định")));

        em.clear();
        ViolationCaseView stored = service.violationCase(decided.id());
        assertThat(stored.status()).isEqualTo(ViolationCaseStatus.CLOSED);
        assertThat(stored.complaintFiledOn()).isEqualTo(LocalDate.of(2026, 5, 26));
        assertThat(stored.complaintOutcome()).isEqualTo(ComplaintOutcome.REJECTED);
        assertThat(stored.dueOn()).isNull();
        assertThat(stored.history())
                .extracting(CaseStepView::action)
                .endsWith(ViolationCaseAction.FILE_COMPLAINT, ViolationCaseAction.DECIDE_COMPLAINT);
    }

    @Test
    void aRefusedDecisionGivesItsNumberBackToTheNextDecision() {
        ViolationCaseView first = recordedCase(ViolatorKind.INDIVIDUAL);
        ViolationCaseView second = recordedCase(ViolatorKind.INDIVIDUAL);
        assertThat(first.recordNumber()).isEqualTo("01/BB-VPHC");
        assertThat(second.recordNumber()).isEqualTo("02/BB-VPHC");

        // 25,000,000 is above the individual's range for the locked rooms: refused after the number was taken
        assertThatThrownBy(() -> tx(
                        () -> service.issueDecision(first.id(), first.version(), decision(12_000_000L, 25_000_000L))))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("violation.fineOutOfRange");
        em.clear();

        ViolationCaseView decided =
                tx(() -> service.issueDecision(second.id(), second.version(), decision(12_000_000L, 18_000_000L)));
        assertThat(decided.decisionNumber()).isEqualTo("01/QĐ-XPHC");
        em.clear();
        assertThat(service.violationCase(first.id()).decisionNumber()).isNull();
    }

    @Test
    void anActIsChargedOnlyUnderTheProvisionInForceOnTheDayOfTheViolation() {
        // a decree that comes into force only after the violation was detected
        long notYetInForce = tx(() -> new JpaLegalProvisions(em)
                        .add(new LegalProvision(Acts.act(
                                "99/2026/NĐ-CP",
                                java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 999),
                                java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 999),
                                "Hành vi theo nghị định chưa có hiệu lực",
                                1_000_000L,
                                2_000_000L,
                                DETECTED.plusYears(1)))))
                .id();
        ViolationCaseView opened = tx(() -> service.open(new OpenCaseCommand(null, DETECTED, null)));
        RecordViolationCommand charged = new RecordViolationCommand(
                ViolatorKind.INDIVIDUAL,
                "Quán karaoke Ánh Trăng",
                List.of(karaokeHours, notYetInForce),
                DETECTED.plusDays(1),
                null,
                false);

        assertThatThrownBy(() -> tx(() -> service.recordViolation(opened.id(), opened.version(), charged)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("violation.provisionNotInForce");
        em.clear();
        ViolationCaseView unchanged = service.violationCase(opened.id());
        assertThat(unchanged.status()).isEqualTo(ViolationCaseStatus.OPENED);
        assertThat(unchanged.recordNumber()).isNull();
        assertThat(unchanged.version()).isEqualTo(opened.version());
    }

    @Test
    void anOfficerOfNoDepartmentCannotIssueADocumentAndTheCaseStaysAsItWas() {
        ViolationCasesImpl homeless = ViolationDesk.withoutDepartment().service(em);
        ViolationCaseView opened = tx(() -> homeless.open(new OpenCaseCommand(null, DETECTED, null)));

        assertThatThrownBy(() -> tx(
                        () -> homeless.recordViolation(opened.id(), opened.version(), record(ViolatorKind.INDIVIDUAL))))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("violationCase.officerWithoutDepartment");
        em.clear();
        assertThat(service.violationCase(opened.id()).status()).isEqualTo(ViolationCaseStatus.OPENED);
    }

    @Test
    void aCaseOpenedFromAVisitWasDetectedOnTheDayOfTheVisitNotOnTheDayOfSignOff() {
        RecordFixture fixture = new RecordFixture(em);
        long visit = fixture.visit(9);
        LocalDate visitDay =
                LocalDate.ofInstant(em.find(Visit.class, visit).period().startsAt(), EstablishmentRegistryImpl.VIETNAM);

        boolean opened =
                inTransaction(em, unused -> opener.open(new VisitViolationsFound(visit, fixture.establishment)));

        assertThat(opened).isTrue();
        em.clear();
        ViolationCaseView c = service.caseOfVisit(visit);
        assertThat(c.detectedOn()).isEqualTo(visitDay).isBefore(LocalDate.now(EstablishmentRegistryImpl.VIETNAM));
        assertThat(c.dueOn()).isEqualTo(ViolationDesk.clock(em).due(ViolationRuleCode.RECORD, visitDay));
    }

    @Test
    void aVisitOlderThanTheRuleTableStillOpensItsCaseDueAtOnce() {
        long visit = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        LocalDate beforeTheRules = LocalDate.of(2020, 2, 17);

        boolean opened = inTransaction(em, unused -> opener.open(new VisitViolationsFound(visit, 42), beforeTheRules));

        assertThat(opened).isTrue();

        em.clear();
        ViolationCaseView c = service.caseOfVisit(visit);
        assertThat(c.detectedOn()).isEqualTo(beforeTheRules);
        assertThat(c.dueOn()).isEqualTo(beforeTheRules);
    }

    @Test
    void aVisitWithoutACaseIsNotFoundWithAMessageOfItsOwn() {
        assertThatThrownBy(() -> service.caseOfVisit(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE)))
                .isInstanceOf(NotYetAvailable.class)
                .isInstanceOf(NotFoundException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("violationCase.noCaseForVisit");
    }

    @Test
    void aRefusedDecisionOrPaymentLeavesTheStoredCaseAsItWas() {
        ViolationCaseView opened = tx(() -> service.open(new OpenCaseCommand(null, DETECTED, null)));
        ViolationCaseView recorded =
                tx(() -> service.recordViolation(opened.id(), opened.version(), record(ViolatorKind.INDIVIDUAL)));

        assertThatThrownBy(() -> tx(() ->
                        service.issueDecision(recorded.id(), recorded.version(), decision(25_000_000L, 15_000_000L))))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("violation.fineOutOfRange");
        assertThatThrownBy(() ->
                        tx(() -> service.take(recorded.id(), recorded.version(), ViolationCaseAction.CLOSE, null)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("violationCase.actionNotAllowed");
        assertThatThrownBy(() -> tx(() -> service.take(
                        recorded.id(), recorded.version() - 1, ViolationCaseAction.REQUEST_EXPLANATION, null)))
                .isInstanceOf(ConflictException.class);

        em.clear();
        ViolationCaseView stored = service.violationCase(recorded.id());
        assertThat(stored.status()).isEqualTo(ViolationCaseStatus.RECORDED);
        assertThat(stored.fineTotal()).isZero();
        assertThat(stored.acts()).allSatisfy(a -> assertThat(a.fine()).isNull());
        assertThat(stored.version()).isEqualTo(recorded.version());
    }

    @Test
    void theDeadlineBoardPutsTheMostUrgentFirst() {
        tx(() -> service.open(new OpenCaseCommand(null, LocalDate.of(2026, 1, 5), null)));
        tx(() -> service.open(new OpenCaseCommand(null, LocalDate.of(2026, 1, 2), null)));

        List<CaseDeadlineView> board =
                service.deadlineBoard(PageRequest.first(200)).items();
        assertThat(board).extracting(CaseDeadlineView::dueOn).isSorted();
        assertThat(board.get(0).overdue()).isTrue();
        assertThat(service.countOpen()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theHomePageCountsCasesPastTheirDeadlineAndThoseDueWithinTwoDays() {
        InspectionStatisticsImpl statistics = new InspectionStatisticsImpl();
        statistics.em = em;
        OpenCaseCommand detected = new OpenCaseCommand(null, LocalDate.of(2026, 3, 2), null);
        LocalDate due = tx(() -> service.open(detected)).dueOn();
        int[] daysBeforeDue = {10, 3, 2, 0, -1};
        List<InspectionStatistics.CaseCounts> before = new java.util.ArrayList<>();
        for (int days : daysBeforeDue) {
            before.add(statistics.caseCounts(due.minusDays(days)));
        }

        tx(() -> service.open(detected));

        for (int k = 0; k < daysBeforeDue.length; k++) {
            int days = daysBeforeDue[k];
            InspectionStatistics.CaseCounts after = statistics.caseCounts(due.minusDays(days));
            assertThat(after.running() - before.get(k).running())
                    .as("running, %d days before", days)
                    .isEqualTo(1);
            assertThat(after.overdue() - before.get(k).overdue())
                    .as("overdue, %d days before", days)
                    .isEqualTo(days < 0 ? 1 : 0);
            assertThat(after.dueSoon() - before.get(k).dueSoon())
                    .as("due soon, %d days before", days)
                    .isEqualTo(days >= 0 && days <= CaseDeadlineView.DUE_SOON_DAYS ? 1 : 0);
        }
    }

    private ViolationCaseView recordedCase(ViolatorKind kind) {
        ViolationCaseView opened = tx(() -> service.open(new OpenCaseCommand(null, DETECTED, null)));
        return tx(() -> service.recordViolation(opened.id(), opened.version(), record(kind)));
    }

    /** Recorded, decided for 60,000,000 VND, delivered on 25 February 2026, paid in full and closed. */
    private ViolationCaseView closedCase() {
        ViolationCaseView recorded = recordedCase(ViolatorKind.ORGANISATION);
        ViolationCaseView decided =
                tx(() -> service.issueDecision(recorded.id(), recorded.version(), decision(25_000_000L, 35_000_000L)));
        ViolationCaseView delivered = tx(() -> service.deliverDecision(
                decided.id(), decided.version(), new DeliveryCommand(LocalDate.of(2026, 2, 25), false, null)));
        ViolationCaseView paid = tx(() -> service.recordPayment(
                delivered.id(), delivered.version(), payment("BL-" + delivered.id(), 2, 60_000_000L)));
        return tx(() -> service.take(paid.id(), paid.version(), ViolationCaseAction.CLOSE, null));
    }

    private RecordViolationCommand record(ViolatorKind kind) {
        return new RecordViolationCommand(
                kind, "Quán karaoke Ánh Trăng", List.of(karaokeHours, lockedRooms), DETECTED.plusDays(1), null, false);
    }

    private static DecisionCommand decision(long first, long second) {
        return new DecisionCommand(LocalDate.of(2026, 2, 24), List.of(first, second));
    }

    private static PaymentCommand payment(String receipt, int marchDay, long amount) {
        return new PaymentCommand(receipt, LocalDate.of(2026, 3, marchDay), amount);
    }

    private long provisionId(String text) {
        return new JpaLegalProvisions(em)
                .search(text, true, PageRequest.first(1))
                .get(0)
                .id();
    }

    private <T> T tx(Supplier<T> work) {
        return inTransaction(em, unused -> work.get());
    }
}
