package vn.vigil.inspection.application;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vigil.core.testing.TestJpa.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.PageRequest;
import vn.vigil.inspection.api.DecisionCommand;
import vn.vigil.inspection.api.OpenCaseCommand;
import vn.vigil.inspection.api.RecordViolationCommand;
import vn.vigil.inspection.api.ViolationCaseView;
import vn.vigil.inspection.api.ViolatorKind;
import vn.vigil.inspection.infrastructure.InspectionTestDatabase;
import vn.vigil.inspection.infrastructure.JpaLegalProvisions;

/** Decisions issued at once by many officers of one department share its sequence without a gap or a repeat. */
class CaseNumbersTest {

    static final EntityManagerFactory emf = InspectionTestDatabase.factory();
    static final LocalDate DETECTED = LocalDate.of(2026, 4, 6);
    static final int CASES = 50;

    @Test
    void fiftyDecisionsIssuedInParallelOnDifferentCasesGetTheNumbersOneToFifty() throws Exception {
        ViolationDesk desk = new ViolationDesk();
        List<ViolationCaseView> recorded = new ArrayList<>();
        EntityManager em = emf.createEntityManager();
        try {
            ViolationCasesImpl service = desk.service(em);
            long provision = new JpaLegalProvisions(em)
                    .search("08 giờ đến 24 giờ", true, PageRequest.first(1))
                    .get(0)
                    .id();
            for (int i = 0; i < CASES; i++) {
                ViolationCaseView opened =
                        inTransaction(em, unused -> service.open(new OpenCaseCommand(null, DETECTED, null)));
                recorded.add(inTransaction(
                        em,
                        unused -> service.recordViolation(
                                opened.id(),
                                opened.version(),
                                new RecordViolationCommand(
                                        ViolatorKind.INDIVIDUAL,
                                        "Nguyễn Văn Bình",
                                        List.of(provision),
                                        DETECTED,
                                        null,
                                        false))));
            }
        } finally {
            em.close();
        }

        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> numbers = new ArrayList<>();
        try {
            for (ViolationCaseView c : recorded) {
                numbers.add(pool.submit(() -> {
                    start.await();
                    EntityManager own = emf.createEntityManager();
                    try {
                        ViolationCasesImpl service = desk.service(own);
                        return inTransaction(
                                        own,
                                        unused -> service.issueDecision(
                                                c.id(),
                                                c.version(),
                                                new DecisionCommand(DETECTED.plusDays(2), List.of(12_000_000L))))
                                .decisionNumber();
                    } finally {
                        own.close();
                    }
                }));
            }
            start.countDown();
            List<String> issued = new ArrayList<>();
            for (Future<String> number : numbers) {
                issued.add(number.get(60, TimeUnit.SECONDS));
            }

            assertThat(issued)
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, CASES)
                            .mapToObj(n -> String.format("%02d/QĐ-XPHC", n))
                            .toList());
            assertThat(recorded)
                    .extracting(ViolationCaseView::recordNumber)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, CASES)
                            .mapToObj(n -> String.format("%02d/BB-VPHC", n))
                            .toList());
        } finally {
            pool.shutdownNow();
        }
    }
}
