package vn.vigil.inspection.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vigil.core.testing.TestJpa.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.PageRequest;
import vn.vigil.inspection.api.CaseDocumentView;
import vn.vigil.inspection.api.ChargedAct;
import vn.vigil.inspection.api.DecisionCommand;
import vn.vigil.inspection.api.NotYetAvailable;
import vn.vigil.inspection.api.OpenCaseCommand;
import vn.vigil.inspection.api.RecordViolationCommand;
import vn.vigil.inspection.api.ViolationCaseView;
import vn.vigil.inspection.api.ViolatorKind;
import vn.vigil.inspection.infrastructure.InspectionTestDatabase;
import vn.vigil.inspection.infrastructure.JpaLegalProvisions;
import vn.vigil.inspection.infrastructure.JpaViolationCases;

/** The documents of a case say what was issued, and are not there before it was. */
class ViolationDocumentsTest {

    static final EntityManagerFactory emf = InspectionTestDatabase.factory();
    static final LocalDate DETECTED = LocalDate.of(2026, 5, 4);

    EntityManager em;
    ViolationCasesImpl service;
    ViolationDocumentsImpl documents;
    long lockedRooms;

    @BeforeEach
    void wire() {
        em = emf.createEntityManager();
        service = new ViolationDesk().service(em);
        documents = new ViolationDocumentsImpl();
        documents.readable = service;
        documents.cases = new JpaViolationCases(em);
        documents.provisions = new JpaLegalProvisions(em);
        documents.clock = ViolationDesk.clock(em);
        lockedRooms = new JpaLegalProvisions(em)
                .search("chốt cửa", true, PageRequest.first(1))
                .get(0)
                .id();
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void theRecordAndTheDecisionCarryTheirNumberIssuerOfficerAndTheActsAsTheDecreeWordsThem() {
        ViolationCaseView opened = tx(() -> service.open(new OpenCaseCommand(null, DETECTED, null)));
        assertNotYet(() -> documents.violationRecord(opened.id()), "violationCase.noRecordYet");
        assertNotYet(() -> documents.sanctionDecision(opened.id()), "violationCase.noDecisionYet");

        ViolationCaseView recorded = tx(() -> service.recordViolation(
                opened.id(),
                opened.version(),
                new RecordViolationCommand(
                        ViolatorKind.ORGANISATION,
                        "Công ty TNHH Giải trí Ánh Trăng",
                        List.of(lockedRooms),
                        DETECTED,
                        null,
                        false)));
        CaseDocumentView record = documents.violationRecord(opened.id());
        assertThat(record.number()).isEqualTo("01/BB-VPHC");
        assertThat(record.issuer()).isEqualTo(ViolationDesk.DEPARTMENT);
        assertThat(record.officer()).isEqualTo(ViolationDesk.OFFICER);
        assertThat(record.issuedOn()).isEqualTo(DETECTED);
        assertThat(record.acts())
                .singleElement()
                .isEqualTo(new ChargedAct(
                        "38/2021/NĐ-CP",
                        15,
                        4,
                        "b",
                        "Đặt chốt cửa hoặc thiết bị báo động bên trong phòng hát karaoke (Nghị định 54/2019/NĐ-CP)",
                        null,
                        null));
        assertNotYet(() -> documents.sanctionDecision(opened.id()), "violationCase.noDecisionYet");

        tx(() -> service.issueDecision(
                recorded.id(), recorded.version(), new DecisionCommand(DETECTED.plusDays(3), List.of(35_000_000L))));
        em.clear();
        CaseDocumentView decision = documents.sanctionDecision(opened.id());
        assertThat(decision.number()).isEqualTo("01/QĐ-XPHC");
        assertThat(decision.issuedOn()).isEqualTo(DETECTED.plusDays(3));
        assertThat(decision.acts()).extracting(ChargedAct::fine).containsExactly(35_000_000L);
        assertThat(decision.violationCase().fineTotal()).isEqualTo(35_000_000L);
        assertThat(decision.paymentDays()).isEqualTo(10);
        assertThat(decision.lateSurchargeBasisPoints()).isEqualTo(5);
    }

    private static void assertNotYet(Runnable asking, String key) {
        assertThatThrownBy(asking::run)
                .isInstanceOf(NotYetAvailable.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }

    private <T> T tx(java.util.function.Supplier<T> work) {
        return inTransaction(em, unused -> work.get());
    }
}
