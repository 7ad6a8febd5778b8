package vn.vigil.inspection.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vigil.core.testing.TestJpa.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.PageRequest;
import vn.vigil.inspection.api.CampaignKind;
import vn.vigil.inspection.api.PlanCommand;
import vn.vigil.inspection.api.PlanProgress;
import vn.vigil.inspection.api.PlanQuery;
import vn.vigil.inspection.api.PlanStatus;
import vn.vigil.inspection.api.PlanSummary;
import vn.vigil.inspection.api.PlanView;
import vn.vigil.inspection.api.TargetSelection;
import vn.vigil.inspection.domain.Establishment;
import vn.vigil.inspection.domain.InspectionPlan;
import vn.vigil.inspection.domain.PlanTerms;
import vn.vigil.inspection.infrastructure.InspectionTestDatabase;
import vn.vigil.inspection.infrastructure.JpaPlanRepository;

/** Plans on a real PostgreSQL: storage, number uniqueness, versions, targets fixed at approval, progress, audit. */
class InspectionPlansTest {

    static final LocalDate FROM = LocalDate.of(2026, 7, 1);
    static final LocalDate UNTIL = LocalDate.of(2026, 9, 30);

    static final EntityManagerFactory emf = InspectionTestDatabase.factory();

    EntityManager em;
    InspectionPlansImpl service;
    JpaPlanRepository repository;
    RecordingAuditLog audit;
    String number;
    long commune;

    @BeforeEach
    void wire() {
        em = emf.createEntityManager();
        audit = new RecordingAuditLog();
        repository = new JpaPlanRepository(em);
        service = new InspectionPlansImpl();
        service.plans = repository;
        service.units = FakeUnits.service();
        service.audit = audit;
        number = UUID.randomUUID().toString().substring(0, 8) + "/KH-BCĐ";
        commune = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void storesADraftWithItsScopeAndAuditsIt() {
        long chosen = establishment(80, null);
        PlanView draft = tx(() -> service.draftPlan(chosen(number, chosen)));

        em.clear();
        PlanView stored = service.plan(draft.id());
        assertThat(stored.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(stored.communeIds()).containsExactly(FakeUnits.COMMUNE);
        assertThat(stored.establishmentIds()).containsExactly(chosen);
        assertThat(stored.periodFrom()).isEqualTo(FROM);
        assertThat(audit.events).extracting(e -> e.action()).containsExactly("PLAN_DRAFTED");
    }

    @Test
    void refusesANumberAlreadyUsedThatYearWhateverItsCase() {
        long chosen = establishment(80, null);
        tx(() -> service.draftPlan(chosen(number, chosen)));

        assertThatThrownBy(() -> tx(() -> service.draftPlan(chosen(number.toLowerCase(), chosen))))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("plan.numberTaken");
    }

    @Test
    void refusesUnknownCommunesAndEstablishments() {
        assertThatThrownBy(() -> tx(() -> service.draftPlan(chosen(number, Long.MAX_VALUE))))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("plan.establishmentUnknown");
    }

    @Test
    void aStaleVersionIsAConflictAndAnApprovedPlanIsNotRevised() {
        long chosen = establishment(80, null);
        PlanView draft = tx(() -> service.draftPlan(chosen(number, chosen)));
        PlanView revised = tx(() -> service.revisePlan(draft.id(), draft.version(), chosen(number, chosen)));

        assertThatThrownBy(() -> tx(() -> service.revisePlan(draft.id(), draft.version() - 1, chosen(number, chosen))))
                .isInstanceOf(ConflictException.class);
        PlanView approved = tx(() -> service.approvePlan(draft.id(), revised.version(), FROM));
        assertThat(approved.targetCount()).isEqualTo(1);
        assertThatThrownBy(() -> tx(() -> service.revisePlan(draft.id(), approved.version(), chosen(number, chosen))))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("plan.notDraft");
        PlanView closed = tx(() -> service.closePlan(draft.id(), approved.version()));
        assertThat(closed.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(audit.events)
                .extracting(e -> e.action())
                .containsExactly("PLAN_DRAFTED", "PLAN_REVISED", "PLAN_APPROVED", "PLAN_CLOSED");
    }

    @Test
    void approvalFixesOperatingEstablishmentsInScopeAtOrAboveTheRiskAndProgressCountsInspectionsInThePeriod() {
        long line = line("KARAOKE");
        long inspectedInPeriod = establishment(90, LocalDate.of(2026, 8, 15));
        establishment(75, LocalDate.of(2026, 6, 30));
        establishment(70, null);
        establishment(69, LocalDate.of(2026, 8, 1));
        long suspended = establishment(95, LocalDate.of(2026, 8, 1));
        inTransaction(
                em,
                () -> em.createNativeQuery("update inspection.establishment set status = 'SUSPENDED' where id = :id")
                        .setParameter("id", suspended)
                        .executeUpdate());
        InspectionPlan plan = byRisk(70, Set.of(line));

        int fixed = inTransaction(em, unused -> {
            int count = repository.fixTargets(plan);
            plan.approve(FROM, count, FROM);
            return count;
        });

        assertThat(fixed).isEqualTo(3);
        PlanProgress progress = repository.progressOf(plan);
        assertThat(progress.targetCount()).isEqualTo(3);
        assertThat(progress.inspectedCount()).isEqualTo(1);
        assertThat(progress.coveragePercent()).isEqualTo(33);
        assertThat(progress.coverageReached()).isFalse();
        assertThat(progress.unannouncedVisits()).isZero();
        assertThat(progress.visitDataAvailable()).isTrue();
        assertThat(inspectedInPeriod).isPositive();

        List<PlanSummary> approvedPlans = repository.page(new PlanQuery(PlanStatus.APPROVED), PageRequest.first(200));
        assertThat(approvedPlans)
                .filteredOn(s -> s.id() == plan.id())
                .singleElement()
                .extracting(PlanSummary::progress)
                .isEqualTo(progress);
        assertThat(repository.count(new PlanQuery(PlanStatus.APPROVED))).isGreaterThanOrEqualTo(1);
        assertThat(repository.page(new PlanQuery(PlanStatus.CLOSED), PageRequest.first(200)))
                .noneMatch(s -> s.id() == plan.id());
    }

    @Test
    void aScopeWithoutMatchingEstablishmentsCannotBeApproved() {
        InspectionPlan plan = byRisk(100, Set.of());
        PlanView draft = service.plan(plan.id());

        assertThatThrownBy(() -> tx(() -> service.approvePlan(plan.id(), draft.version(), FROM)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("plan.noTargets");
    }

    private InspectionPlan byRisk(int minRisk, Set<Long> lines) {
        InspectionPlan plan = new InspectionPlan(new PlanTerms(
                number,
                "Kế hoạch kiểm tra",
                CampaignKind.PEAK_PERIOD,
                "Trần Văn Bình",
                "Phó Chủ tịch",
                FROM,
                UNTIL,
                Set.of(commune),
                lines,
                TargetSelection.BY_RISK,
                minRisk,
                null,
                60,
                2));
        inTransaction(em, () -> em.persist(plan));
        return plan;
    }

    private PlanCommand chosen(String planNumber, long establishment) {
        return new PlanCommand(
                planNumber,
                "Kế hoạch kiểm tra cao điểm",
                CampaignKind.PEAK_PERIOD,
                "Trần Văn Bình",
                "Phó Chủ tịch UBND tỉnh",
                FROM,
                UNTIL,
                Set.of(FakeUnits.COMMUNE),
                Set.of(),
                TargetSelection.CHOSEN,
                null,
                Set.of(establishment),
                60,
                2);
    }

    private long establishment(int risk, LocalDate lastInspected) {
        Establishment e = new Establishment(
                "Karaoke " + risk, line("KARAOKE"), null, "Nguyễn Văn An", "Số 1, đường Đồng Khởi", commune);
        e.scoreRisk(risk);
        e.recordEarlierHistory(0, 0, 0, lastInspected);
        inTransaction(em, () -> em.persist(e));
        return e.id();
    }

    private long line(String code) {
        return ((Number) em.createNativeQuery("select id from inspection.business_line where code = :code")
                        .setParameter("code", code)
                        .getSingleResult())
                .longValue();
    }

    private <T> T tx(Supplier<T> work) {
        return inTransaction(em, unused -> work.get());
    }
}
