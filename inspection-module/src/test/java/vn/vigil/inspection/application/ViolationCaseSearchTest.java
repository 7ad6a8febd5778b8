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
import vn.vigil.core.api.AccessDeniedException;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Role;
import vn.vigil.inspection.api.CaseDeadlineView;
import vn.vigil.inspection.api.CaseQuery;
import vn.vigil.inspection.api.CaseQuery.CaseOrder;
import vn.vigil.inspection.api.CaseSummary;
import vn.vigil.inspection.api.OpenCaseCommand;
import vn.vigil.inspection.api.RecordViolationCommand;
import vn.vigil.inspection.api.ViolationCaseStatus;
import vn.vigil.inspection.api.ViolationCaseView;
import vn.vigil.inspection.api.ViolatorKind;
import vn.vigil.inspection.api.VisitViolationsFound;
import vn.vigil.inspection.domain.VietnamHolidays2026Access;
import vn.vigil.inspection.infrastructure.InspectionTestDatabase;
import vn.vigil.inspection.infrastructure.JpaLegalProvisions;
import vn.vigil.inspection.infrastructure.JpaViolationCases;
import vn.vigil.inspection.infrastructure.JpaViolationRules;
import vn.vigil.inspection.infrastructure.JpaVisits;

/**
 * The case list on a real PostgreSQL: filters by status, name without diacritics, detection dates and overdue, both
 * orders, and a team lead reading only the cases of his team's visits.
 */
class ViolationCaseSearchTest {

    static final EntityManagerFactory emf = InspectionTestDatabase.factory();

    EntityManager em;
    RecordFixture fixture;
    ViolationCasesImpl service;
    VisitCaseOpener opener;
    JpaViolationCases repository;
    String tag;

    @BeforeEach
    void wire() {
        em = emf.createEntityManager();
        fixture = new RecordFixture(em);
        fixture.staff.add(
                ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE), "legal", Role.LEGAL_OFFICER);
        fixture.staff.actAs("legal");
        repository = new JpaViolationCases(em);
        CaseDeadlineClock clock =
                new CaseDeadlineClock(new JpaViolationRules(em), VietnamHolidays2026Access.calendar());
        service = new ViolationCasesImpl();
        service.cases = repository;
        service.provisions = new JpaLegalProvisions(em);
        service.clock = clock;
        service.actor = fixture.staff;
        service.staff = fixture.directory;
        service.audit = new RecordingAuditLog();
        service.numbering = new ViolationDesk().service(em).numbering;
        opener = new VisitCaseOpener(repository, new JpaVisits(em), clock);
        tag = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000L, 9_999_999L));
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void findsAViolatorByNameWithoutDiacriticsAndFiltersByStatusDatesAndOverdue() {
        LocalDate today = LocalDate.now(EstablishmentRegistryImpl.VIETNAM);
        ViolationCaseView recorded = recorded("Công ty TNHH Giải trí Đông Á " + tag, today.minusDays(1));
        ViolationCaseView overdue = tx(() -> service.open(new OpenCaseCommand(null, today.minusMonths(3), null)));

        assertThat(ids(query(null, "CONG TY tnhh giai tri dong a " + tag, null, null, false)))
                .containsExactly(recorded.id());
        assertThat(ids(query(ViolationCaseStatus.OPENED, "dong a " + tag, null, null, false)))
                .isEmpty();
        assertThat(ids(query(ViolationCaseStatus.RECORDED, "Đông Á " + tag, today.minusDays(1), today, false)))
                .containsExactly(recorded.id());
        assertThat(ids(query(null, "dong a " + tag, today, null, false))).isEmpty();
        assertThat(ids(query(null, null, today.minusMonths(3), today.minusMonths(3), true)))
                .contains(overdue.id())
                .doesNotContain(recorded.id());
        assertThat(service.search(query(null, null, null, null, true), PageRequest.first(200))
                        .items())
                .allSatisfy(c -> assertThat(c.overdue()).isTrue());
    }

    @Test
    void aCaseOpenedByHandAgainstANamedViolatorIsFoundByThatNameAtOnce() {
        ViolationCaseView opened = tx(() -> service.openAgainst(
                ViolatorKind.INDIVIDUAL,
                "Nguyễn Thị Hường " + tag,
                new OpenCaseCommand(null, LocalDate.of(2026, 2, 12), "Tin báo của người dân")));

        assertThat(opened.status()).isEqualTo(ViolationCaseStatus.OPENED);
        assertThat(opened.violatorKind()).isEqualTo(ViolatorKind.INDIVIDUAL);
        assertThat(ids(query(ViolationCaseStatus.OPENED, "nguyen thi huong " + tag, null, null, false)))
                .containsExactly(opened.id());
        assertThatThrownBy(() -> tx(() -> service.openAgainst(
                        null, "Nguyễn Văn A", new OpenCaseCommand(null, LocalDate.of(2026, 2, 12), null))))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void ordersByNextDeadlineOrByDetectionAndCountsEveryMatch() {
        LocalDate day = LocalDate.of(2025, 3, 3);
        ViolationCaseView older = recorded("Nhà nghỉ Hoa Hồng " + tag, day);
        ViolationCaseView newer = recorded("Nhà nghỉ Hoa Hồng " + tag, day.plusDays(1));

        CaseQuery byDetection = new CaseQuery(null, "hoa hong " + tag, null, null, false, CaseOrder.DETECTED);
        var page = service.search(byDetection, new PageRequest(0, 1));
        assertThat(page.total()).isEqualTo(2);
        assertThat(ids(byDetection)).containsExactly(newer.id(), older.id());
        assertThat(ids(new CaseQuery(null, "hoa hong " + tag, null, null, false, CaseOrder.NEXT_DEADLINE)))
                .containsExactly(older.id(), newer.id());
    }

    @Test
    void aCommuneInForceFindsTheCasesStillFiledUnderTheCommunesMergedIntoIt() {
        long successor = 990_001L;
        long unrelated = 990_002L;
        service.units = (vn.vigil.core.api.unit.AdminUnitService) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {vn.vigil.core.api.unit.AdminUnitService.class},
                (p, m, args) -> {
                    if (!m.getName().equals("withPredecessors")) {
                        throw new UnsupportedOperationException(m.getName());
                    }
                    long id = (Long) args[0];
                    return id == successor ? java.util.Set.of(successor, FakeUnits.COMMUNE) : java.util.Set.of(id);
                });
        LocalDate today = LocalDate.now();
        ViolationCaseView filedUnderOld =
                tx(() -> service.open(new OpenCaseCommand(fixture.establishment, today, null)));

        CaseQuery bySuccessor =
                new CaseQuery(null, null, today, today, false, CaseOrder.NEXT_DEADLINE, successor, null);
        CaseQuery byOld =
                new CaseQuery(null, null, today, today, false, CaseOrder.NEXT_DEADLINE, FakeUnits.COMMUNE, null);
        CaseQuery byUnrelated =
                new CaseQuery(null, null, today, today, false, CaseOrder.NEXT_DEADLINE, unrelated, null);
        assertThat(ids(bySuccessor)).contains(filedUnderOld.id());
        assertThat(ids(byOld)).contains(filedUnderOld.id());
        assertThat(ids(byUnrelated)).isEmpty();
    }

    @Test
    void aTeamLeadReadsOnlyTheCasesOfHisTeamsVisits() {
        long visit = fixture.visit(3);
        tx(() -> opener.open(new VisitViolationsFound(visit, fixture.establishment), LocalDate.now()));
        long ofHisTeam = repository.findByVisit(visit).orElseThrow().id();
        ViolationCaseView byHand =
                tx(() -> service.open(new OpenCaseCommand(fixture.establishment, LocalDate.now(), null)));

        fixture.staff.actAs("lead");
        assertThat(service.violationCase(ofHisTeam).visitId()).isEqualTo(visit);
        assertThat(service.caseOfVisit(visit).id()).isEqualTo(ofHisTeam);
        assertThat(ids(CaseQuery.all())).contains(ofHisTeam).doesNotContain(byHand.id());
        assertThatThrownBy(() -> service.violationCase(byHand.id())).isInstanceOf(AccessDeniedException.class);
        var board = service.deadlineBoard(PageRequest.first(200));
        assertThat(board.items())
                .extracting(CaseDeadlineView::id)
                .contains(ofHisTeam)
                .doesNotContain(byHand.id());
        assertThat(board.total()).isEqualTo(board.items().size());

        fixture.staff.actAs("otherlead");
        assertThat(ids(CaseQuery.all())).doesNotContain(ofHisTeam, byHand.id());
        assertThat(service.deadlineBoard(PageRequest.first(200)).items())
                .extracting(CaseDeadlineView::id)
                .doesNotContain(ofHisTeam, byHand.id());
        assertThatThrownBy(() -> service.violationCase(ofHisTeam)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.caseOfVisit(visit)).isInstanceOf(AccessDeniedException.class);

        fixture.staff.actAs("legal");
        // today's cases: the first page of every case may be full of other tests' cases
        LocalDate today = LocalDate.now();
        assertThat(ids(new CaseQuery(null, null, today, today, false, CaseOrder.NEXT_DEADLINE)))
                .contains(ofHisTeam, byHand.id());
        assertThat(service.deadlineBoard(PageRequest.first(1)).total()).isGreaterThan(board.total());
    }

    private ViolationCaseView recorded(String violator, LocalDate detected) {
        long provision = new JpaLegalProvisions(em)
                .search("08 giờ đến 24 giờ", true, PageRequest.first(1))
                .get(0)
                .id();
        ViolationCaseView opened = tx(() -> service.open(new OpenCaseCommand(null, detected, null)));
        return tx(() -> service.recordViolation(
                opened.id(),
                opened.version(),
                new RecordViolationCommand(
                        ViolatorKind.ORGANISATION, violator, List.of(provision), detected, null, false)));
    }

    private static CaseQuery query(
            ViolationCaseStatus status, String violator, LocalDate from, LocalDate to, boolean overdueOnly) {
        return new CaseQuery(status, violator, from, to, overdueOnly, CaseOrder.NEXT_DEADLINE);
    }

    private List<Long> ids(CaseQuery query) {
        return service.search(query, PageRequest.first(200)).items().stream()
                .map(CaseSummary::id)
                .toList();
    }

    private <T> T tx(Supplier<T> work) {
        return inTransaction(em, unused -> work.get());
    }
}
