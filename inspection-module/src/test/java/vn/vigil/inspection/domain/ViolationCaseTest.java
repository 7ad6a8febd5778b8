package vn.vigil.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.ComplaintOutcome;
import vn.vigil.inspection.api.ViolationCaseAction;
import vn.vigil.inspection.api.ViolationCaseStatus;
import vn.vigil.inspection.api.ViolatorKind;

/** A case's rules: its path to payment and to the police, and refusals that leave it exactly as it was. */
class ViolationCaseTest {

    static final Instant AT = Instant.parse("2026-03-02T03:00:00Z");
    static final LocalDate DETECTED = LocalDate.of(2026, 3, 2);
    static final LocalDate LIMITATION = LocalDate.of(2027, 3, 2);

    final Map<Long, LegalProvision> provisions = Map.of(
            1L, provision(1, 10_000_000L, 20_000_000L),
            2L, provision(2, 1_000_000L, 2_000_000L));

    @Test
    void goesFromTheRecordToAPaidDecisionInTwoInstalments() {
        ViolationCase c = decided(ViolatorKind.ORGANISATION, List.of(40_000_000L, 3_000_000L));
        assertThat(c.fineTotal()).isEqualTo(43_000_000L);

        c.deliverDecision(DETECTED.plusDays(5), false, null, "legal", AT);
        c.recordPayment("BL-001", DETECTED.plusDays(8), 20_000_000L, 0, "legal", AT);
        assertThat(c.status()).isEqualTo(ViolationCaseStatus.DELIVERED);
        assertThat(c.balance()).isEqualTo(23_000_000L);
        c.recordPayment("BL-002", DETECTED.plusDays(9), 23_000_000L, 0, "legal", AT);
        c.take(ViolationCaseAction.CLOSE, null, "legal", AT);

        assertThat(c.status()).isEqualTo(ViolationCaseStatus.CLOSED);
        assertThat(c.balance()).isZero();
        assertThat(c.history())
                .extracting(CaseTransition::action)
                .containsExactly(
                        ViolationCaseAction.OPEN,
                        ViolationCaseAction.RECORD_VIOLATION,
                        ViolationCaseAction.ISSUE_DECISION,
                        ViolationCaseAction.DELIVER_DECISION,
                        ViolationCaseAction.SETTLE_PAYMENT,
                        ViolationCaseAction.CLOSE);
    }

    @Test
    void goesToThePoliceAndComesBackIntoTheWorkflow() {
        ViolationCase c = recorded(ViolatorKind.INDIVIDUAL);
        c.take(ViolationCaseAction.TRANSFER_TO_POLICE, "Dấu hiệu tội phạm theo Điều 150", "legal", AT);
        c.returnFromPolice(DETECTED.plusDays(20), "Không khởi tố", "legal", AT);

        assertThat(c.status()).isEqualTo(ViolationCaseStatus.RETURNED);
        assertThat(CaseDeadlines.running(c))
                .contains(new CaseDeadlines.Running(
                        vn.vigil.inspection.api.ViolationRuleCode.DECISION_AFTER_RETURN, DETECTED.plusDays(20)));
        assertThat(c.history().get(2).reason()).isEqualTo("Dấu hiệu tội phạm theo Điều 150");
    }

    @Test
    void aVictimIsExemptedWithTheReasonAndTheCaseEnds() {
        ViolationCase c = recorded(ViolatorKind.INDIVIDUAL);
        refused(c, x -> x.take(ViolationCaseAction.EXEMPT_AS_VICTIM, " ", "legal", AT), "validation.required");
        c.take(ViolationCaseAction.EXEMPT_AS_VICTIM, "Nạn nhân bị mua bán, buộc bán dâm", "legal", AT);

        assertThat(c.status().isClosed()).isTrue();
        assertThat(CaseDeadlines.running(c)).isEmpty();
    }

    @Test
    void aComplaintWithinThePeriodIsTrackedToItsOutcomeAndSuspendsOnlyWhenDecidedSo() {
        ViolationCase c = decided(ViolatorKind.INDIVIDUAL, List.of(10_000_000L, 1_000_000L));
        c.deliverDecision(DETECTED.plusDays(5), false, null, "legal", AT);
        LocalDate windowEnds = DETECTED.plusDays(95);

        refused(
                c,
                x -> x.fileComplaint(windowEnds.plusDays(1), "Mức phạt quá cao", true, windowEnds, "legal", AT),
                "violationCase.complaintLate");
        c.fileComplaint(DETECTED.plusDays(20), "Mức phạt quá cao", true, windowEnds, "legal", AT);
        assertThat(c.status()).isEqualTo(ViolationCaseStatus.DELIVERED);
        assertThat(CaseDeadlines.running(c)).isEmpty();
        refused(
                c,
                x -> x.fileComplaint(DETECTED.plusDays(21), "Lần hai", false, windowEnds, "legal", AT),
                "violationCase.complaintExists");

        c.decideComplaint(ComplaintOutcome.REJECTED, DETECTED.plusDays(40), "Giữ nguyên quyết định", "legal", AT);
        assertThat(c.complaintOutcome()).isEqualTo(ComplaintOutcome.REJECTED);
        assertThat(CaseDeadlines.running(c)).isPresent();
        refused(
                c,
                x -> x.decideComplaint(ComplaintOutcome.UPHELD, DETECTED.plusDays(41), null, "legal", AT),
                "violationCase.noPendingComplaint");
        assertThat(c.history())
                .extracting(CaseTransition::action)
                .endsWith(ViolationCaseAction.FILE_COMPLAINT, ViolationCaseAction.DECIDE_COMPLAINT);
    }

    @Test
    void refusesAFineOutsideTheRangeOfAnIndividual() {
        ViolationCase c = recorded(ViolatorKind.INDIVIDUAL);
        refused(c, x -> decide(x, List.of(25_000_000L, 1_000_000L), LIMITATION), "violation.fineOutOfRange");
    }

    @Test
    void refusesADecisionAfterTheLimitationPeriod() {
        ViolationCase c = recorded(ViolatorKind.INDIVIDUAL);
        refused(
                c,
                x -> decide(x, List.of(15_000_000L, 1_000_000L), DETECTED.plusDays(3)),
                "violationCase.limitationExpired");
    }

    @Test
    void refusesAPaymentLargerThanTheBalance() {
        ViolationCase c = decided(ViolatorKind.INDIVIDUAL, List.of(10_000_000L, 1_000_000L));
        c.deliverDecision(DETECTED.plusDays(5), true, "Người vi phạm từ chối nhận", "legal", AT);
        c.recordPayment("BL-009", DETECTED.plusDays(6), 10_000_000L, 0, "legal", AT);

        refused(
                c,
                x -> x.recordPayment("BL-010", DETECTED.plusDays(7), 1_000_001L, 0, "legal", AT),
                "violationCase.paymentExceedsBalance");
        refused(
                c,
                x -> x.recordPayment("bl-009", DETECTED.plusDays(7), 1L, 0, "legal", AT),
                "violationCase.receiptTaken");
        assertThat(c.balance()).isEqualTo(1_000_000L);
        assertThat(c.payments()).hasSize(1);
    }

    @Test
    void refusesAStepTheStateDoesNotAllow() {
        ViolationCase c = new ViolationCase(7L, 9L, DETECTED, null, "legal", AT);
        refused(c, x -> decide(x, List.of(15_000_000L), LIMITATION), "violationCase.actionNotAllowed");
        refused(c, x -> x.take(ViolationCaseAction.CLOSE, null, "legal", AT), "violationCase.actionNotAllowed");
        refused(
                c,
                x -> x.take(ViolationCaseAction.ISSUE_DECISION, null, "legal", AT),
                "violationCase.actionNeedsDetails");
    }

    private void refused(ViolationCase c, ThrowingConsumer<ViolationCase> step, String key) {
        ViolationCaseStatus before = c.status();
        int steps = c.history().size();
        long fine = c.fineTotal();
        assertThatThrownBy(() -> step.accept(c))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
        assertThat(c.status()).isEqualTo(before);
        assertThat(c.history()).hasSize(steps);
        assertThat(c.fineTotal()).isEqualTo(fine);
    }

    private ViolationCase recorded(ViolatorKind kind) {
        ViolationCase c = new ViolationCase(7L, 9L, DETECTED, null, "legal", AT);
        c.recordViolation(
                new IssuedDocument("01/BB-VPHC", "Sở Tư pháp", "Phạm Minh Tuấn"),
                kind,
                "Công ty TNHH Ánh Dương",
                List.of(1L, 2L),
                DETECTED.plusDays(1),
                null,
                false,
                "legal",
                AT);
        return c;
    }

    private ViolationCase decided(ViolatorKind kind, List<Long> fines) {
        ViolationCase c = recorded(kind);
        decide(c, fines, LIMITATION);
        return c;
    }

    private void decide(ViolationCase c, List<Long> fines, LocalDate limitationEnds) {
        c.issueDecision(
                new IssuedDocument("12/QĐ-XPHC", "Sở Tư pháp", "Phạm Minh Tuấn"),
                DETECTED.plusDays(4),
                fines,
                provisions,
                limitationEnds,
                "legal",
                AT);
    }

    private static LegalProvision provision(int clause, long min, long max) {
        return new LegalProvision(
                Acts.act("144/2021/NĐ-CP", 27, clause, "Hành vi", min, max, java.time.LocalDate.of(2022, 1, 1)));
    }
}
