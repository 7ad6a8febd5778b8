package vn.vigil.victim.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.DomainException;
import vn.vigil.victim.api.BudgetLineView;
import vn.vigil.victim.api.SupportRequestCommand;
import vn.vigil.victim.api.SupportRequestView;

/**
 * 100 finance approvals at once (24 threads) against one line that can fund 37 of them: exactly 37 pass, the line is committed to
 * the đồng, and every other one is refused with funds.insufficient naming what was available.
 */
class ConcurrentApprovalsTest {

    static final int REQUESTS = 100;
    static final long EACH = 3_000_000;
    static final int FUNDABLE = 37;

    @Test
    void neverOverspendsALine() throws Exception {
        RecordingAuditLog audit = new RecordingAuditLog();
        List<SupportRequestView> allocated = new ArrayList<>();
        long line;
        try (Funds setup = new Funds("caseworker", audit)) {
            line = setup.line(2026, "k", EACH * FUNDABLE + EACH / 2);
            long caseId = Funds.vietnameseVictim("caseworker");
            long rate = setup.rates.inForce("k", LocalDate.now()).get(0).id();
            for (int i = 0; i < REQUESTS; i++) {
                SupportRequestView r = setup.as("caseworker")
                        .tx(() -> setup.support.requestSupport(
                                new SupportRequestCommand(caseId, "k", rate, null, null, null, EACH, "Trợ cấp", null)));
                allocated.add(setup.as("finance").tx(() -> setup.approvals.allocate(r.id(), r.version(), line)));
            }
        }

        ExecutorService pool = Executors.newFixedThreadPool(24);
        List<Future<String>> outcomes = new ArrayList<>();
        for (SupportRequestView r : allocated) {
            outcomes.add(pool.submit(() -> {
                try (Funds finance = new Funds("finance", audit)) {
                    finance.tx(() -> finance.approvals.approve(r.id(), r.version()));
                    return "approved";
                } catch (DomainException e) {
                    return e.messageKey() + " " + e.arguments()[0];
                }
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(3, TimeUnit.MINUTES)).isTrue();

        List<String> results = new ArrayList<>();
        for (Future<String> f : outcomes) {
            results.add(f.get());
        }
        assertThat(results.stream().filter("approved"::equals)).hasSize(FUNDABLE);
        assertThat(results.stream().filter(s -> !s.equals("approved")))
                .hasSize(REQUESTS - FUNDABLE)
                .allMatch(s -> s.equals("funds.insufficient " + EACH / 2));
        try (Funds check = new Funds("finance", audit)) {
            BudgetLineView balance = check.budgets.budgetLine(line);
            assertThat(balance.committed()).isEqualTo(EACH * FUNDABLE);
            assertThat(balance.available()).isEqualTo(EACH / 2);
        }
    }
}
