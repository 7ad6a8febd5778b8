package vn.vigil.inspection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.vigil.core.api.PageRequest;
import vn.vigil.inspection.api.FollowUpView;
import vn.vigil.inspection.domain.FollowUp;
import vn.vigil.inspection.domain.FollowUpRepository;

@ApplicationScoped
public class JpaFollowUps implements FollowUpRepository {

    private static final String OPEN = """
            from FollowUp f join Establishment e on e.id = f.establishmentId
            where f.closedAt is null and (f.dueOn < :today or :overdueOnly = false)
            """;

    @PersistenceContext(unitName = "inspection")
    EntityManager em;

    protected JpaFollowUps() {}

    public JpaFollowUps(EntityManager em) {
        this.em = em;
    }

    @Override
    public FollowUp add(FollowUp followUp) {
        em.persist(followUp);
        return followUp;
    }

    @Override
    public Optional<FollowUp> find(long id) {
        return Optional.ofNullable(em.find(FollowUp.class, id));
    }

    @Override
    public int closeByVisit(long establishmentId, Instant visitStart, long closingVisitId, String by, Instant at) {
        em.flush();
        return em.createNativeQuery("""
                        update inspection.follow_up f
                           set closed_at = :at, closed_by = :by, closing_visit_id = :closing, version = f.version + 1
                          from inspection.visit v
                         where v.id = f.visit_id and f.establishment_id = :establishment and f.closed_at is null
                           and v.starts_at < :start
                        """)
                .setParameter("at", at)
                .setParameter("by", by)
                .setParameter("closing", closingVisitId)
                .setParameter("establishment", establishmentId)
                .setParameter("start", visitStart)
                .executeUpdate();
    }

    @Override
    public List<FollowUpView> open(boolean overdueOnly, LocalDate today, PageRequest page) {
        return em.createQuery(
                        "select new vn.vigil.inspection.api.FollowUpView(f.id, f.establishmentId, e.name, f.visitId,"
                                + " f.finding, f.dueOn, f.closedAt, f.closedBy, f.closeNote, f.closingVisitId,"
                                + " f.version) "
                                + OPEN
                                + " order by f.dueOn, f.id",
                        FollowUpView.class)
                .setParameter("today", today)
                .setParameter("overdueOnly", overdueOnly)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    @Override
    public long countOpen(boolean overdueOnly, LocalDate today) {
        return em.createQuery("select count(f) " + OPEN, Long.class)
                .setParameter("today", today)
                .setParameter("overdueOnly", overdueOnly)
                .getSingleResult();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
