package vn.vigil.inspection.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vigil.core.testing.TestJpa.inTransaction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.CurrentActor;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.staff.StaffMember;
import vn.vigil.inspection.api.CampaignKind;
import vn.vigil.inspection.api.EstablishmentStatus;
import vn.vigil.inspection.api.TargetSelection;
import vn.vigil.inspection.api.TeamCommand;
import vn.vigil.inspection.api.TeamView;
import vn.vigil.inspection.api.VietnamTime;
import vn.vigil.inspection.api.VisitCommand;
import vn.vigil.inspection.api.VisitFilter;
import vn.vigil.inspection.api.VisitKind;
import vn.vigil.inspection.api.VisitStatus;
import vn.vigil.inspection.api.VisitSuggestion;
import vn.vigil.inspection.api.VisitSummary;
import vn.vigil.inspection.api.VisitView;
import vn.vigil.inspection.domain.Establishment;
import vn.vigil.inspection.domain.InspectionPlan;
import vn.vigil.inspection.domain.PlanTerms;
import vn.vigil.inspection.domain.Seat;
import vn.vigil.inspection.domain.Visit;
import vn.vigil.inspection.infrastructure.InspectionTestDatabase;
import vn.vigil.inspection.infrastructure.JpaEstablishments;
import vn.vigil.inspection.infrastructure.JpaPlanRepository;
import vn.vigil.inspection.infrastructure.JpaTeams;
import vn.vigil.inspection.infrastructure.JpaVisits;

/** Teams and scheduling on a real PostgreSQL: rules, double booking (service and database), lists, plan links. */
class VisitSchedulingTest {

    static final LocalDateTime EIGHT = LocalDateTime.of(2026, 12, 2, 8, 0);

    static final EntityManagerFactory emf = InspectionTestDatabase.factory();

    EntityManager em;
    FakeStaff staff;
    RecordingAuditLog audit;
    TeamsImpl teams;
    VisitSchedulingImpl scheduling;
    VisitDirectoryImpl directory;
    JpaVisits visits;
    long commune;
    StaffMember lead;
    StaffMember police;
    StaffMember health;

    @BeforeEach
    void wire() {
        em = emf.createEntityManager();
        staff = new FakeStaff();
        audit = new RecordingAuditLog();
        visits = new JpaVisits(em);
        teams = new TeamsImpl();
        teams.teams = new JpaTeams(em);
        teams.staff = staff;
        teams.audit = audit;
        directory = new VisitDirectoryImpl();
        directory.visits = visits;
        directory.teams = teams.teams;
        directory.establishments = new JpaEstablishments(em);
        directory.plans = new JpaPlanRepository(em);
        directory.staff = staff;
        directory.units = FakeUnits.service();
        scheduling = new VisitSchedulingImpl();
        scheduling.visits = visits;
        scheduling.teams = teams.teams;
        scheduling.establishments = directory.establishments;
        scheduling.plans = directory.plans;
        scheduling.staff = staff;
        scheduling.directory = directory;
        scheduling.audit = audit;
        commune = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        lead = staff.add(person("Lê Thị Hồng", 1, Role.TEAM_LEAD, Role.INSPECTOR));
        police = staff.add(person("Nguyễn Văn An", 1, Role.INSPECTOR));
        health = staff.add(person("Trần Thị Thu Hà", 2, Role.INSPECTOR));
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void aTeamIsStoredWithItsPeopleAndItsNameIsUniqueWhateverItsCase() {
        TeamView team = team(lead, police, health);

        em.clear();
        TeamView stored = teams.team(team.id());
        assertThat(stored.leadName()).isEqualTo("Lê Thị Hồng");
        assertThat(stored.members()).extracting(m -> m.fullName()).first().isEqualTo("Lê Thị Hồng");
        assertThat(stored.departmentCount()).isEqualTo(2);
        assertRefused(
                () -> tx(() -> teams.createTeam(
                        new TeamCommand(team.name().toUpperCase(), lead.id(), Set.of(lead.id(), health.id())))),
                "team.nameTaken");
        assertThatThrownBy(() -> tx(() -> teams.deactivateTeam(team.id(), team.version() + 1)))
                .isInstanceOf(ConflictException.class);
        TeamView inactive = tx(() -> teams.deactivateTeam(team.id(), team.version()));
        assertThat(inactive.active()).isFalse();
        assertThat(teams.list(true)).extracting(TeamView::id).doesNotContain(team.id());
        assertThat(teams.list(false)).extracting(TeamView::id).contains(team.id());

        String code = team.name().substring("Đoàn ".length());
        assertThat(teams.search("DOAN " + code.toUpperCase(), false, vn.vigil.core.api.PageRequest.first(5))
                        .items())
                .extracting(TeamView::id)
                .containsExactly(team.id());
        assertThat(teams.search("đoàn " + code, true, vn.vigil.core.api.PageRequest.first(5))
                        .total())
                .as("an inactive team is left out of the active ones")
                .isZero();
        var firstOfAll = teams.search(null, false, new vn.vigil.core.api.PageRequest(0, 1));
        assertThat(firstOfAll.items()).hasSize(1);
        assertThat(firstOfAll.total()).isEqualTo(teams.list(false).size());
    }

    @Test
    void aPickerSuggestsTheStaffWhoMayJoinByAFewLettersOwnDepartmentFirst() {
        teams.actor = new FixedActor(health.username());
        assertThat(teams.candidates("tran thi", false, 10))
                .extracting(StaffMember::id)
                .contains(health.id());
        assertThat(teams.candidates("", true, 10))
                .as("leads only")
                .allSatisfy(s -> assertThat(s.holds(Role.TEAM_LEAD)).isTrue())
                .extracting(StaffMember::id)
                .contains(lead.id());
        assertThat(teams.candidates("", false, 10))
                .first()
                .satisfies(s -> assertThat(s.departmentId()).isEqualTo(health.departmentId()));
        assertThat(teams.candidates("nguyen", false, 1)).hasSize(1);
    }

    @Test
    void aScheduledVisitSeatsTheTeamAndIsListedForItsCommuneAndForEachMember() {
        TeamView team = team(lead, police, health);
        long karaoke = establishment("Karaoke Hoàng Gia", 80);

        VisitView visit = tx(() -> scheduling.scheduleVisit(command(karaoke, team.id(), null, EIGHT, 3)));

        assertThat(visit.status()).isEqualTo(VisitStatus.SCHEDULED);
        assertThat(visit.start()).isEqualTo(EIGHT);
        assertThat(visit.teamName()).isEqualTo(team.name());
        assertThat(visit.members())
                .extracting(m -> m.userId())
                .containsExactlyInAnyOrder(lead.id(), police.id(), health.id());
        assertThat(audit.events).extracting(e -> e.action()).contains("VISIT_SCHEDULED");
        List<VisitSummary> december = directory
                .find(
                        new VisitFilter(
                                commune,
                                EIGHT.toLocalDate().withDayOfMonth(1),
                                LocalDate.of(2026, 12, 31),
                                null,
                                null,
                                null),
                        PageRequest.first(20))
                .items();
        assertThat(december).extracting(VisitSummary::establishmentName).containsExactly("Karaoke Hoàng Gia");
        assertThat(visits.ofMember(
                        health.id(),
                        VietnamTime.startOf(EIGHT.toLocalDate()),
                        VietnamTime.startOf(EIGHT.toLocalDate().plusDays(1))))
                .extracting(VisitSummary::id)
                .containsExactly(visit.id());
    }

    @Test
    void aMemberBookedOnAnOverlappingVisitIsRefusedByNameAndTime() {
        TeamView first = team(lead, police, health);
        long karaoke = establishment("Karaoke Hoàng Gia", 80);
        long massage = establishment("Massage Sao Mai", 85);
        tx(() -> scheduling.scheduleVisit(command(karaoke, first.id(), null, EIGHT, 3)));
        StaffMember lead2 = staff.add(person("Ngô Thanh Tùng", 3, Role.TEAM_LEAD));
        TeamView second = team(lead2, health);

        assertThatThrownBy(() ->
                        tx(() -> scheduling.scheduleVisit(command(massage, second.id(), null, EIGHT.plusHours(2), 2))))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    DomainException d = (DomainException) e;
                    assertThat(d.messageKey()).isEqualTo("visit.memberBooked");
                    assertThat(d.arguments()).containsExactly("Trần Thị Thu Hà", "08:00–11:00", "02/12/2026");
                });
        VisitView later =
                tx(() -> scheduling.scheduleVisit(command(massage, second.id(), null, EIGHT.plusHours(3), 2)));
        assertThat(later.start()).isEqualTo(EIGHT.plusHours(3));
    }

    @Test
    void anEstablishmentBookedByAnotherTeamIsRefusedAndACancelledVisitFreesTheTime() {
        TeamView first = team(lead, police, health);
        StaffMember lead2 = staff.add(person("Ngô Thanh Tùng", 3, Role.TEAM_LEAD));
        StaffMember other = staff.add(person("Phạm Văn Lực", 4, Role.INSPECTOR));
        TeamView second = team(lead2, other);
        long karaoke = establishment("Karaoke Hoàng Gia", 80);
        VisitView booked = tx(() -> scheduling.scheduleVisit(command(karaoke, first.id(), null, EIGHT, 3)));

        assertRefused(
                () -> tx(() -> scheduling.scheduleVisit(command(karaoke, second.id(), null, EIGHT.plusHours(1), 1))),
                "visit.establishmentBooked");
        assertThatThrownBy(() -> tx(() -> scheduling.cancel(booked.id(), booked.version() + 1, "Trùng lịch")))
                .isInstanceOf(ConflictException.class);
        VisitView cancelled = tx(() -> scheduling.cancel(booked.id(), booked.version(), "Cơ sở tạm ngừng kinh doanh"));
        assertThat(cancelled.status()).isEqualTo(VisitStatus.CANCELLED);
        VisitView instead =
                tx(() -> scheduling.scheduleVisit(command(karaoke, second.id(), null, EIGHT.plusHours(1), 1)));
        assertThat(instead.status()).isEqualTo(VisitStatus.SCHEDULED);
    }

    @Test
    void aMoveNeedsTheLoadedVersionAndAFreeSlotButMayOverlapItsOwnOldTime() {
        TeamView team = team(lead, police, health);
        long karaoke = establishment("Karaoke Hoàng Gia", 80);
        long massage = establishment("Massage Sao Mai", 85);
        VisitView visit = tx(() -> scheduling.scheduleVisit(command(karaoke, team.id(), null, EIGHT, 3)));
        tx(() -> scheduling.scheduleVisit(command(massage, team.id(), null, EIGHT.plusHours(5), 2)));

        VisitView moved =
                tx(() -> scheduling.reschedule(visit.id(), visit.version(), EIGHT.plusHours(1), EIGHT.plusHours(4)));
        assertThat(moved.start()).isEqualTo(EIGHT.plusHours(1));
        assertThatThrownBy(
                        () -> tx(() -> scheduling.reschedule(visit.id(), visit.version(), EIGHT, EIGHT.plusHours(1))))
                .isInstanceOf(ConflictException.class);
        assertRefused(
                () -> tx(() ->
                        scheduling.reschedule(visit.id(), moved.version(), EIGHT.plusHours(4), EIGHT.plusHours(6))),
                "visit.memberBooked");
    }

    @Test
    void theDatabaseRefusesADoubleBookingThatSlipsPastTheService() {
        TeamView team = team(lead, police, health);
        long karaoke = establishment("Karaoke Hoàng Gia", 80);
        long massage = establishment("Massage Sao Mai", 85);
        List<Seat> seats = List.of(new Seat(police.id(), 1));
        tx(() -> visits.add(new Visit(
                karaoke,
                commune,
                team.id(),
                null,
                VisitKind.ANNOUNCED,
                VisitSchedulingImpl.period(EIGHT, EIGHT.plusHours(3)),
                seats)));

        assertRefused(
                () -> tx(() -> {
                    visits.add(new Visit(
                            massage,
                            commune,
                            team.id(),
                            null,
                            VisitKind.ANNOUNCED,
                            VisitSchedulingImpl.period(EIGHT.plusHours(1), EIGHT.plusHours(2)),
                            seats));
                    visits.flushCheckingBookings();
                    return null;
                }),
                "visit.doubleBooked");
        em.clear();
        assertThatThrownBy(() -> inTransaction(
                        em,
                        () -> em.createNativeQuery(
                                        "insert into inspection.visit (establishment_id, commune_id, team_id, kind, status,"
                                                + " starts_at, ends_at, created_at, created_by, updated_at, updated_by)"
                                                + " values (?1, ?2, ?3, 'ANNOUNCED', 'SCHEDULED', ?4, ?5, now(), 't', now(), 't')")
                                .setParameter(1, karaoke)
                                .setParameter(2, commune)
                                .setParameter(3, team.id())
                                .setParameter(4, VietnamTime.instant(EIGHT.plusHours(1)))
                                .setParameter(5, VietnamTime.instant(EIGHT.plusHours(2)))
                                .executeUpdate()))
                .satisfies(e -> assertThat(isExclusionViolation(e)).isTrue());
    }

    @Test
    void aClosedEstablishmentOrAnInactiveTeamTakesNoVisit() {
        TeamView team = team(lead, police, health);
        long closed = establishment("Quán bar Kim Long", 90);
        inTransaction(
                em, () -> em.find(Establishment.class, closed).changeStatus(EstablishmentStatus.CLOSED, "Đóng cửa"));
        assertRefused(
                () -> tx(() -> scheduling.scheduleVisit(command(closed, team.id(), null, EIGHT, 2))),
                "visit.establishmentNotOperating");
        TeamView inactive = tx(() -> teams.deactivateTeam(team.id(), team.version()));
        long open = establishment("Karaoke Hoàng Gia", 80);
        assertRefused(
                () -> tx(() -> scheduling.scheduleVisit(command(open, inactive.id(), null, EIGHT, 2))),
                "team.inactive");
    }

    @Test
    void aPlanVisitNeedsTheApprovedPlanItsPeriodAndItsTargetAndSuggestionsAreTargetsNotYetVisited() {
        TeamView team = team(lead, police, health);
        long top = establishment("Massage Sao Mai", 95);
        long second = establishment("Karaoke Hoàng Gia", 80);
        long outside = establishment("Nhà hàng Phú Quý", 60);
        InspectionPlan plan = plan(Set.of(top, second));

        assertRefused(
                () -> tx(() -> scheduling.scheduleVisit(command(top, team.id(), plan.id(), EIGHT, 2))),
                "visit.planNotApproved");
        inTransaction(em, () -> {
            InspectionPlan p = em.find(InspectionPlan.class, plan.id());
            em.createNativeQuery(
                            "insert into inspection.inspection_plan_target (plan_id, establishment_id)"
                                    + " select plan_id, establishment_id from inspection.inspection_plan_chosen where plan_id = ?1")
                    .setParameter(1, p.id())
                    .executeUpdate();
            p.approve(LocalDate.of(2026, 11, 1), 2, LocalDate.of(2026, 11, 2));
        });
        assertThat(directory.suggestions(plan.id(), PageRequest.first(10)).items())
                .extracting(VisitSuggestion::establishmentId)
                .containsExactly(top, second);
        assertRefused(
                () -> tx(() -> scheduling.scheduleVisit(command(top, team.id(), plan.id(), EIGHT.plusMonths(2), 2))),
                "visit.outsidePlanPeriod");
        assertRefused(
                () -> tx(() -> scheduling.scheduleVisit(command(outside, team.id(), plan.id(), EIGHT, 2))),
                "visit.notPlanTarget");

        tx(() -> scheduling.scheduleVisit(command(top, team.id(), plan.id(), EIGHT, 2)));
        assertThat(directory.suggestions(plan.id(), PageRequest.first(10)).items())
                .extracting(VisitSuggestion::establishmentId)
                .containsExactly(second);
        assertThat(directory.suggestions(plan.id(), PageRequest.first(10)).total())
                .isEqualTo(1);
    }

    @Test
    void myVisitsAreThoseOfTheSignedInMember() {
        TeamView team = team(lead, police, health);
        long karaoke = establishment("Karaoke Hoàng Gia", 80);
        VisitView visit = tx(() -> scheduling.scheduleVisit(command(karaoke, team.id(), null, EIGHT, 3)));
        directory.actor = actor(health.username());

        assertThat(directory.mine(EIGHT.toLocalDate(), EIGHT.toLocalDate().plusDays(6)))
                .extracting(VisitSummary::id)
                .containsExactly(visit.id());
        assertThat(directory.mine(
                        EIGHT.toLocalDate().plusDays(1), EIGHT.toLocalDate().plusDays(6)))
                .isEmpty();
    }

    private static boolean isExclusionViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23P01".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static CurrentActor actor(String username) {
        return new CurrentActor() {
            @Override
            public String username() {
                return username;
            }

            @Override
            public boolean hasRole(Role role) {
                return role == Role.INSPECTOR;
            }
        };
    }

    private TeamView team(StaffMember leader, StaffMember... others) {
        Set<Long> ids = new HashSet<>(List.of(leader.id()));
        for (StaffMember o : others) {
            ids.add(o.id());
        }
        String name = "Đoàn " + UUID.randomUUID().toString().substring(0, 8);
        return tx(() -> teams.createTeam(new TeamCommand(name, leader.id(), ids)));
    }

    private VisitCommand command(long establishment, long team, Long plan, LocalDateTime start, int hours) {
        return new VisitCommand(establishment, team, plan, VisitKind.ANNOUNCED, start, start.plusHours(hours));
    }

    private InspectionPlan plan(Set<Long> chosen) {
        InspectionPlan plan = new InspectionPlan(new PlanTerms(
                UUID.randomUUID().toString().substring(0, 8) + "/KH",
                "Kế hoạch kiểm tra cuối năm",
                CampaignKind.ROUTINE,
                "Trần Văn Bình",
                "Phó Chủ tịch",
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 31),
                Set.of(commune),
                Set.of(),
                TargetSelection.CHOSEN,
                null,
                chosen,
                60,
                1));
        inTransaction(em, () -> em.persist(plan));
        return plan;
    }

    private long establishment(String name, int risk) {
        Establishment e = new Establishment(name, line(), null, "Nguyễn Văn An", "Số 1, đường Đồng Khởi", commune);
        e.scoreRisk(risk);
        inTransaction(em, () -> em.persist(e));
        return e.id();
    }

    private long line() {
        return ((Number) em.createNativeQuery("select id from inspection.business_line where code = 'KARAOKE'")
                        .getSingleResult())
                .longValue();
    }

    private static StaffMember person(String name, long department, Role... roles) {
        long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        return new StaffMember(id, "u" + id, name, department, "Sở " + department, EnumSet.of(roles[0], roles), true);
    }

    private <T> T tx(Supplier<T> work) {
        return inTransaction(em, unused -> work.get());
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo(key);
    }
}
