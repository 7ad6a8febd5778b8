package vn.vigil.victim.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.AccessDeniedException;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.PageRequest;
import vn.vigil.victim.api.BudgetLineView;
import vn.vigil.victim.api.DisbursementCommand;
import vn.vigil.victim.api.DisbursementMethod;
import vn.vigil.victim.api.ExtensionCommand;
import vn.vigil.victim.api.NeedsAssessmentCommand;
import vn.vigil.victim.api.RateView;
import vn.vigil.victim.api.SupportEligibility;
import vn.vigil.victim.api.SupportRequestCommand;
import vn.vigil.victim.api.SupportRequestStatus;
import vn.vigil.victim.api.SupportRequestView;

/** Support requests and their money on a real PostgreSQL: rules, ledger balances, audit of refusals. */
class SupportAndFundsTest {

    static final int YEAR = 2026;
    static final LocalDate JAN = LocalDate.of(2026, 1, 5);

    final RecordingAuditLog audit = new RecordingAuditLog();
    final Funds funds = new Funds("caseworker", audit);

    @AfterEach
    void close() {
        funds.close();
    }

    long mealsRate() {
        return funds.rates.inForce("a", JAN).stream()
                .filter(r -> r.item().equals("MEALS"))
                .map(RateView::id)
                .findFirst()
                .orElseThrow();
    }

    SupportRequestView requestMeals(long caseId, LocalDate from, LocalDate until, long amount) {
        return funds.tx(() -> funds.support.requestSupport(new SupportRequestCommand(
                caseId, "a", mealsRate(), from, until, null, amount, "Tiền ăn tại cơ sở bảo trợ", null)));
    }

    SupportRequestView requestHardship(long caseId, long amount) {
        long rate = funds.rates.inForce("k", LocalDate.now()).get(0).id();
        return funds.tx(() -> funds.support.requestSupport(new SupportRequestCommand(
                caseId, "k", rate, null, null, null, amount, "Trợ cấp khó khăn ban đầu", null)));
    }

    @Test
    void aCaseWorkerAssessesNeedsAndRequestsSupportWithinTheRate() {
        long caseId = Funds.vietnameseVictim("caseworker");
        funds.tx(() -> funds.support.assessNeeds(
                caseId, new NeedsAssessmentCommand(JAN, Set.of("a", "g", "b"), "Cần chỗ ở tạm thời")));
        SupportRequestView meals = requestMeals(caseId, JAN, JAN.plusDays(29), 1_800_000);

        assertThat(meals.quantity()).isEqualTo(30);
        assertThat(meals.status()).isEqualTo(SupportRequestStatus.REQUESTED);
        assertThat(meals.caseCode()).startsWith("NN-");
        var view = funds.as("caseworker").support.caseSupport(caseId);
        assertThat(view.assessments().get(0).needs()).containsExactly("a", "b", "g");
        assertThat(view.essentialDaysUsed()).isEqualTo(30);
        assertThat(view.essentialDaysAllowed()).isEqualTo(120);
        assertThat(view.eligibility()).containsEntry("k", SupportEligibility.ALLOWED);
        assertThat(audit.actions()).contains("NEEDS_ASSESSED", "SUPPORT_REQUESTED");
    }

    @Test
    void anAmountAboveTheRateIsRefusedAndAudited() {
        long caseId = Funds.vietnameseVictim("caseworker");
        assertThatThrownBy(() -> requestMeals(caseId, JAN, JAN.plusDays(9), 600_001))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("funds.request.aboveRate");
        assertThat(audit.actions()).containsExactly("SUPPORT_REQUEST_REFUSED");
        assertThat(funds.as("caseworker").support.caseSupport(caseId).requests())
                .isEmpty();
    }

    @Test
    void anIneligibleTypeIsRefusedAndAudited() {
        long caseId = Funds.openCase("caseworker", "UNDER_VERIFICATION", "VICTIM", "VN", true);
        assertThatThrownBy(() -> requestHardship(caseId, 3_000_000)).hasMessageContaining("funds.request.notEligible");
        assertThat(audit.actions()).containsExactly("SUPPORT_REQUEST_REFUSED");
    }

    @Test
    void aForeignVictimIsSupportedCaseByCaseWithAJustification() {
        long caseId = Funds.openCase("caseworker", "VERIFIED_VICTIM", "VICTIM", "LA", false);
        assertThatThrownBy(() -> requestMeals(caseId, JAN, JAN.plusDays(1), 120_000))
                .hasMessageContaining("funds.request.justificationRequired");
        SupportRequestView justified = funds.tx(() -> funds.support.requestSupport(new SupportRequestCommand(
                caseId,
                "a",
                mealsRate(),
                JAN,
                JAN.plusDays(1),
                null,
                120_000L,
                "Tiền ăn",
                "Chờ hồi hương, không có người thân")));
        assertThat(justified.caseByCase()).isTrue();
    }

    @Test
    void essentialNeedsStopAtTheLimitUnlessExtended() {
        long caseId = Funds.vietnameseVictim("caseworker");
        requestMeals(caseId, JAN, JAN.plusDays(89), 5_400_000);
        assertThatThrownBy(() -> funds.tx(() -> funds.support.requestSupport(new SupportRequestCommand(
                        caseId, "a", null, JAN.plusDays(90), JAN.plusDays(130), null, 1_000_000L, "Chỗ ở", null))))
                .hasMessageContaining("funds.request.rateRequired");
        // shelter without a rate of its own is still counted in days: 90 + 41 > 120
        funds.tx(() -> funds.rates.createRate(new vn.vigil.victim.api.RateCommand(
                "a",
                "SHELTER_" + caseId,
                "Chỗ ở",
                "Shelter",
                vn.vigil.victim.api.RateUnit.PER_DAY,
                50_000L,
                null,
                JAN,
                null)));
        long shelter = funds.rates.inForce("a", JAN).stream()
                .filter(r -> r.item().equals("SHELTER_" + caseId))
                .findFirst()
                .orElseThrow()
                .id();
        SupportRequestCommand beyond = new SupportRequestCommand(
                caseId, "a", shelter, JAN.plusDays(90), JAN.plusDays(130), null, 1_000_000L, "Chỗ ở", null);
        assertThatThrownBy(() -> funds.tx(() -> funds.support.requestSupport(beyond)))
                .hasMessageContaining("funds.request.daysExceeded");
        funds.tx(() -> funds.support.recordExtension(
                caseId, new ExtensionCommand(30, "Chưa có nơi ở an toàn", "Giám đốc Sở Y tế", JAN.plusDays(80))));
        assertThat(funds.tx(() -> funds.support.requestSupport(beyond)).quantity())
                .isEqualTo(41);
    }

    @Test
    void onlyTheCasesOwnCaseWorkerRequestsSupport() {
        long caseId = Funds.vietnameseVictim("someone.else");
        assertThatThrownBy(() -> requestHardship(caseId, 3_000_000)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void approvedAndDisbursedMoneyIsExactInTheLedger() {
        long line = funds.line(YEAR, "k", 10_000_000);
        long caseId = Funds.vietnameseVictim("caseworker");
        SupportRequestView first = requestHardship(caseId, 3_000_000);
        SupportRequestView second = requestHardship(caseId, 2_500_000);
        SupportRequestView third = requestHardship(caseId, 1_000_000);

        funds.as("finance");
        SupportRequestView f = disburse(approve(allocate(first, line)));
        approve(allocate(second, line));
        SupportRequestView t = approve(allocate(third, line));
        funds.tx(() -> funds.approvals.cancel(t.id(), t.version(), "Trùng với hỗ trợ của địa phương"));

        BudgetLineView balance = funds.budgets.budgetLine(line);
        assertThat(f.status()).isEqualTo(SupportRequestStatus.DISBURSED);
        assertThat(balance.disbursed()).isEqualTo(3_000_000);
        assertThat(balance.committed()).isEqualTo(2_500_000);
        assertThat(balance.available()).isEqualTo(4_500_000);
        assertThat(funds.approvals
                        .queue(SupportRequestStatus.APPROVED, PageRequest.first(200))
                        .items())
                .extracting(SupportRequestView::id)
                .contains(second.id())
                .doesNotContain(first.id(), third.id());
    }

    private SupportRequestView disburse(SupportRequestView r) {
        return funds.tx(() -> funds.approvals.disburse(
                r.id(),
                r.version(),
                new DisbursementCommand(
                        DisbursementMethod.CASH, "PC-" + r.id() + "-" + System.nanoTime(), LocalDate.now())));
    }

    @Test
    void theLedgerRefusesUpdateAndDelete() {
        long line = funds.line(YEAR, "k", 10_000_000);
        SupportRequestView r = requestHardship(Funds.vietnameseVictim("caseworker"), 3_000_000);
        funds.as("finance");
        approve(allocate(r, line));
        assertThatThrownBy(
                        () -> Funds.execute("update victim.ledger_entry set amount = 1 where budget_line_id = " + line))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> Funds.execute("delete from victim.ledger_entry where budget_line_id = " + line))
                .hasMessageContaining("append-only");
    }

    @Test
    void moreThanALineHoldsIsRefusedNamingWhatIsAvailable() {
        long line = funds.line(YEAR, "k", 5_000_000);
        long caseId = Funds.vietnameseVictim("caseworker");
        SupportRequestView a = requestHardship(caseId, 3_000_000);
        SupportRequestView b = requestHardship(caseId, 3_000_000);
        funds.as("finance");
        approve(allocate(a, line));
        SupportRequestView allocated = allocate(b, line);
        assertThatThrownBy(() -> approve(allocated)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("funds.insufficient");
            assertThat(e.arguments()).startsWith(2_000_000L);
        });
        assertThat(audit.actions()).contains("SUPPORT_APPROVAL_REFUSED");
    }

    @Test
    void theRequesterNeverApproves() {
        long line = funds.line(YEAR, "k", 10_000_000);
        SupportRequestView r = requestHardship(Funds.vietnameseVictim("caseworker"), 3_000_000);
        SupportRequestView allocated =
                funds.as("finance").tx(() -> funds.approvals.allocate(r.id(), r.version(), line));
        funds.as("caseworker");
        assertThatThrownBy(() -> approve(allocated)).hasMessageContaining("funds.approval.requesterCannotApprove");
        assertThat(audit.actions()).contains("SUPPORT_APPROVAL_REFUSED");
    }

    @Test
    void aboveTheThresholdASecondDifferentApproverIsNeeded() {
        long line = funds.line(YEAR, "a", 50_000_000);
        long caseId = Funds.vietnameseVictim("caseworker");
        var rule = funds.approvals.approvalRule();
        funds.as("admin").tx(() -> funds.approvals.changeApprovalRule(1_000_000, rule.version()));
        try {
            funds.as("caseworker");
            SupportRequestView r = requestMeals(caseId, JAN, JAN.plusDays(29), 1_800_000);
            funds.as("finance");
            SupportRequestView first = approve(allocate(r, line));
            assertThat(first.status()).isEqualTo(SupportRequestStatus.FIRST_APPROVED);
            assertThat(funds.budgets.budgetLine(line).committed()).isEqualTo(1_800_000);
            assertThatThrownBy(() -> approve(first)).hasMessageContaining("funds.approval.sameApproverTwice");
            SupportRequestView second =
                    funds.as("finance2").tx(() -> funds.approvals.approve(first.id(), first.version()));
            assertThat(second.status()).isEqualTo(SupportRequestStatus.APPROVED);
            assertThat(second.secondApprover()).isEqualTo("finance2");
            assertThat(funds.budgets.budgetLine(line).committed()).isEqualTo(1_800_000);
        } finally {
            var now = funds.approvals.approvalRule();
            funds.as("admin").tx(() -> funds.approvals.changeApprovalRule(10_000_000, now.version()));
        }
    }

    @Test
    void aClosedYearTakesNoMoreAllocationsApprovalsOrDisbursements() {
        int year = 2031 + (int) (System.nanoTime() % 60);
        long line = funds.line(year, "k", 10_000_000);
        long other = funds.line(year, "k", 10_000_000);
        SupportRequestView r = requestHardship(Funds.vietnameseVictim("caseworker"), 3_000_000);
        funds.as("finance");
        SupportRequestView allocated = allocate(r, line);
        funds.tx(() -> {
            funds.budgets.closeYear(year);
            return null;
        });
        assertThatThrownBy(() -> approve(allocated)).hasMessageContaining("funds.yearClosed");
        assertThatThrownBy(() -> allocate(allocated, other)).hasMessageContaining("funds.yearClosed");
        assertThat(audit.actions()).contains("SUPPORT_APPROVAL_REFUSED", "SUPPORT_ALLOCATION_REFUSED");
    }

    @Test
    void reAllocationMovesTheCommitmentToTheNewLine() {
        long from = funds.line(YEAR, "k", 10_000_000);
        long to = funds.line(YEAR, "k", 10_000_000);
        SupportRequestView r = requestHardship(Funds.vietnameseVictim("caseworker"), 3_000_000);
        funds.as("finance");
        SupportRequestView approved = approve(allocate(r, from));
        allocate(approved, to);
        assertThat(funds.budgets.budgetLine(from).available()).isEqualTo(10_000_000);
        assertThat(funds.budgets.budgetLine(to).committed()).isEqualTo(3_000_000);
    }

    private SupportRequestView allocate(SupportRequestView r, long line) {
        return funds.tx(() -> funds.approvals.allocate(r.id(), current(r).version(), line));
    }

    private SupportRequestView approve(SupportRequestView r) {
        return funds.tx(() -> funds.approvals.approve(r.id(), current(r).version()));
    }

    private SupportRequestView current(SupportRequestView r) {
        funds.em.clear();
        return funds.approvals.request(r.id());
    }
}
