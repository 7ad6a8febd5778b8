package vn.vigil.inspection.application;

import static vn.vigil.core.testing.TestJpa.inTransaction;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import vn.vigil.core.api.Role;
import vn.vigil.inspection.api.VisitKind;
import vn.vigil.inspection.domain.Establishment;
import vn.vigil.inspection.domain.Seat;
import vn.vigil.inspection.domain.Visit;
import vn.vigil.inspection.domain.VisitPeriod;
import vn.vigil.inspection.infrastructure.JpaFollowUps;
import vn.vigil.inspection.infrastructure.JpaOutbox;
import vn.vigil.inspection.infrastructure.JpaRiskWeights;
import vn.vigil.inspection.infrastructure.JpaVisitRecords;

/**
 * A visit record service on a real database with plain fakes for the checklist catalogue, the evidence locker and
 * staff; an establishment, a team (lead "lead", inspector "inspector", an outside lead "otherlead") and its visits.
 */
final class RecordFixture {

    final EntityManager em;
    final FakeEvidence evidence = new FakeEvidence();
    final FakeStaff directory = new FakeStaff();
    final FakeActor staff = new FakeActor(directory);
    final RecordingAuditLog audit = new RecordingAuditLog();
    final VisitRecordsImpl service = new VisitRecordsImpl();
    final FollowUpsImpl followUps = new FollowUpsImpl();
    final long lead;
    final long inspector;
    final long team;
    final long establishment;

    RecordFixture(EntityManager em) {
        this.em = em;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        lead = random.nextLong(1_000_000_000L, Long.MAX_VALUE);
        inspector = random.nextLong(1_000_000_000L, Long.MAX_VALUE);
        staff.add(lead, "lead", Role.TEAM_LEAD, Role.INSPECTOR);
        staff.add(inspector, "inspector", Role.INSPECTOR);
        staff.add(random.nextLong(1_000_000_000L, Long.MAX_VALUE), "otherlead", Role.TEAM_LEAD);
        staff.actAs("inspector");
        service.records = new JpaVisitRecords(em);
        service.followUps = new JpaFollowUps(em);
        service.outbox = new JpaOutbox(em);
        service.risk = new JpaRiskWeights(em);
        service.checklists = FakeChecklists.catalogue();
        service.evidence = evidence;
        service.staff = directory;
        service.actor = staff;
        service.audit = audit;
        followUps.followUps = new JpaFollowUps(em);
        followUps.actor = staff;
        followUps.audit = audit;
        team = inTransaction(
                em,
                unused -> ((Number) em.createNativeQuery("""
                                insert into inspection.inspection_team (name, name_key, lead_user_id, created_at,
                                    created_by, updated_at, updated_by)
                                values (:name, :name, :lead, now(), 'test', now(), 'test') returning id
                                """)
                                .setParameter("name", "Đoàn " + random.nextLong())
                                .setParameter("lead", lead)
                                .getSingleResult())
                        .longValue());
        long line = ((Number) em.createNativeQuery("select id from inspection.business_line where code = 'KARAOKE'")
                        .getSingleResult())
                .longValue();
        Establishment e = new Establishment(
                "Karaoke Ánh Dương", line, null, "Trần Văn Chủ", "Số 5, đường Võ Thị Sáu", FakeUnits.COMMUNE);
        inTransaction(em, () -> em.persist(e));
        establishment = e.id();
    }

    /** A visit of the establishment by the inspector (not the lead) that started {@code daysAgo} days ago. */
    long visit(int daysAgo) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(daysAgo, ChronoUnit.DAYS);
        Visit visit = new Visit(
                establishment,
                FakeUnits.COMMUNE,
                team,
                null,
                VisitKind.UNANNOUNCED,
                new VisitPeriod(start, start.plus(2, ChronoUnit.HOURS)),
                List.of(new Seat(inspector, 1)));
        inTransaction(em, () -> em.persist(visit));
        return visit.id();
    }
}
