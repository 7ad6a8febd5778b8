package vn.vigil.inspection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.inspection.api.VisitHeader;
import vn.vigil.inspection.api.VisitKind;
import vn.vigil.inspection.api.VisitStatus;
import vn.vigil.inspection.domain.Amendment;
import vn.vigil.inspection.domain.Visit;
import vn.vigil.inspection.domain.VisitRecord;
import vn.vigil.inspection.domain.VisitRecordRepository;

/**
 * Visit records through JPA. The header reads the team's and members' names in one statement (people live in the
 * core schema; their names are read there, never copied).
 */
@ApplicationScoped
public class JpaVisitRecords implements VisitRecordRepository {

    private static final String ON_VISIT = """
            select exists (select 1 from inspection.visit_member m where m.visit_id = :visit and m.user_id = :user)
                or exists (select 1
                             from inspection.visit v
                             join inspection.inspection_team t on t.id = v.team_id
                            where v.id = :visit and t.lead_user_id = :user)
            """;

    private static final String HEADER = """
            select v.id, v.establishment_id, e.name, e.address, e.owner_name, l.name_vi, t.name,
                   (select u.full_name from core.user_account u where u.id = t.lead_user_id),
                   (select string_agg(u.full_name, E'\\n' order by u.id <> t.lead_user_id, u.full_name_folded)
                      from inspection.visit_member m join core.user_account u on u.id = m.user_id
                     where m.visit_id = v.id and m.active),
                   v.kind, v.status, v.starts_at, v.ends_at
              from inspection.visit v
              join inspection.establishment e on e.id = v.establishment_id
              join inspection.business_line l on l.id = e.business_line_id
              join inspection.inspection_team t on t.id = v.team_id
             where v.id = :visit
            """;

    private static final String NOTE_INSPECTION = """
            update inspection.establishment
               set last_inspected_on = greatest(last_inspected_on, cast(:day as date)),
                   indicator_count = indicator_count + case when :indicators then 1 else 0 end,
                   version = version + 1
             where id = :id
            """;

    @PersistenceContext(unitName = "inspection")
    EntityManager em;

    protected JpaVisitRecords() {}

    public JpaVisitRecords(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<VisitRecord> findByVisit(long visitId) {
        return em.createQuery("select r from VisitRecord r where r.visitId = :visit", VisitRecord.class)
                .setParameter("visit", visitId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public VisitRecord add(VisitRecord record) {
        em.persist(record);
        return record;
    }

    @Override
    public Amendment add(Amendment amendment) {
        em.persist(amendment);
        return amendment;
    }

    @Override
    public List<Amendment> amendmentsOf(long recordId) {
        return em.createQuery(
                        "select a from Amendment a where a.recordId = :record order by a.amendedAt, a.id",
                        Amendment.class)
                .setParameter("record", recordId)
                .getResultList();
    }

    @Override
    public Optional<Visit> visit(long visitId) {
        return Optional.ofNullable(em.find(Visit.class, visitId));
    }

    @Override
    public Optional<VisitHeader> header(long visitId) {
        List<?> rows =
                em.createNativeQuery(HEADER).setParameter("visit", visitId).getResultList();
        return rows.stream().map(row -> header((Object[]) row)).findFirst();
    }

    private static VisitHeader header(Object[] row) {
        String members = (String) row[8];
        return new VisitHeader(
                ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(),
                (String) row[2],
                (String) row[3],
                (String) row[4],
                (String) row[5],
                (String) row[6],
                (String) row[7],
                members == null ? List.of() : Arrays.asList(members.split("\n")),
                VisitKind.valueOf((String) row[9]),
                VisitStatus.valueOf((String) row[10]),
                SqlValues.instant(row[11]),
                SqlValues.instant(row[12]));
    }

    @Override
    public long businessLineOf(long establishmentId) {
        return em.createQuery("select e.businessLineId from Establishment e where e.id = :id", Long.class)
                .setParameter("id", establishmentId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Establishment", establishmentId));
    }

    @Override
    public boolean isOnVisit(long visitId, long userId) {
        // it reads who goes on the visit, which no save changes: no need to flush the session's changes first (a
        // native query otherwise flushes everything, and the save has its record loaded by then)
        return (Boolean) em.createNativeQuery(ON_VISIT)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("visit", visitId)
                .setParameter("user", userId)
                .getSingleResult();
    }

    @Override
    public void noteInspection(long establishmentId, LocalDate day, boolean indicatorsObserved) {
        em.createNativeQuery(NOTE_INSPECTION)
                .setParameter("day", day)
                .setParameter("indicators", indicatorsObserved)
                .setParameter("id", establishmentId)
                .executeUpdate();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
