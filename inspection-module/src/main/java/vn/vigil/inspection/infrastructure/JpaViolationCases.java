package vn.vigil.inspection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.inspection.api.CaseDeadlineView;
import vn.vigil.inspection.api.CaseQuery;
import vn.vigil.inspection.api.CaseSummary;
import vn.vigil.inspection.api.ViolationCaseStatus;
import vn.vigil.inspection.api.ViolationRuleCode;
import vn.vigil.inspection.domain.ViolationCase;
import vn.vigil.inspection.domain.ViolationCaseRepository;

@ApplicationScoped
public class JpaViolationCases implements ViolationCaseRepository {

    private static final List<ViolationCaseStatus> CLOSED = List.of(
            ViolationCaseStatus.CLOSED,
            ViolationCaseStatus.NOT_SANCTIONED,
            ViolationCaseStatus.EXEMPTED,
            ViolationCaseStatus.PROSECUTED);

    private static final String DEADLINE =
            "select c.id, c.violatorName, c.establishmentId, c.status, c.dueRule, c.dueOn from ViolationCase c";

    private static final String RUNNING = " where c.dueOn is not null and c.status not in :closed";

    /** Only the cases of visits made by teams the given team lead leads. */
    private static final String OF_LEAD =
            " and c.visitId in (select v.id from Visit v, Team t" + " where t.id = v.teamId and t.leadUserId = :lead)";

    @PersistenceContext(unitName = "inspection")
    EntityManager em;

    protected JpaViolationCases() {}

    public JpaViolationCases(EntityManager em) {
        this.em = em;
    }

    @Override
    public ViolationCase add(ViolationCase violationCase) {
        em.persist(violationCase);
        return violationCase;
    }

    @Override
    public Optional<ViolationCase> find(long id) {
        return Optional.ofNullable(em.find(ViolationCase.class, id));
    }

    @Override
    public Optional<ViolationCase> findByVisit(long visitId) {
        return em.createQuery("from ViolationCase c where c.visitId = :visit", ViolationCase.class)
                .setParameter("visit", visitId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean openForVisit(
            long visitId, long establishmentId, LocalDate detectedOn, LocalDate recordDue, String by) {
        return em.createNativeQuery("""
                        with opened as (
                            insert into violation.violation_case (visit_id, establishment_id, detected_on, status, due_on,
                                   due_rule, created_at, created_by, updated_at, updated_by)
                            values (:visit, :establishment, :detected, 'OPENED', :due, 'RECORD', now(), :by,
                                    now(), :by)
                            on conflict (visit_id) where visit_id is not null do nothing
                            returning id)
                        insert into violation.violation_case_transition
                               (case_id, position, action, from_status, to_status, acted_at, acted_by)
                        select id, 0, 'OPEN', null, 'OPENED', now(), :by from opened
                        """)
                        .setParameter("visit", visitId)
                        .setParameter("establishment", establishmentId)
                        .setParameter("detected", detectedOn)
                        .setParameter("due", recordDue)
                        .setParameter("by", by)
                        .executeUpdate()
                > 0;
    }

    @Override
    public List<CaseDeadlineView> deadlineBoard(LocalDate today, Long leadUserId, PageRequest page) {
        List<Object[]> rows = scoped(
                        em.createQuery(
                                DEADLINE + RUNNING + (leadUserId == null ? "" : OF_LEAD) + " order by c.dueOn, c.id",
                                Object[].class),
                        leadUserId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        return deadlines(rows, today);
    }

    @Override
    public List<CaseDeadlineView> dueBy(LocalDate today, LocalDate until) {
        List<Object[]> rows = em.createQuery(
                        DEADLINE + " where c.dueOn <= :until and c.status not in :closed order by c.dueOn, c.id",
                        Object[].class)
                .setParameter("until", until)
                .setParameter("closed", CLOSED)
                .getResultList();
        return deadlines(rows, today);
    }

    private static List<CaseDeadlineView> deadlines(List<Object[]> rows, LocalDate today) {
        return rows.stream()
                .map(r -> new CaseDeadlineView(
                        (Long) r[0],
                        (String) r[1],
                        (Long) r[2],
                        (ViolationCaseStatus) r[3],
                        (ViolationRuleCode) r[4],
                        (LocalDate) r[5],
                        ChronoUnit.DAYS.between(today, (LocalDate) r[5])))
                .toList();
    }

    @Override
    public long countWithDeadline(Long leadUserId) {
        return scoped(
                        em.createQuery(
                                "select count(c) from ViolationCase c" + RUNNING + (leadUserId == null ? "" : OF_LEAD),
                                Long.class),
                        leadUserId)
                .getSingleResult();
    }

    private static <T> TypedQuery<T> scoped(TypedQuery<T> query, Long leadUserId) {
        query.setParameter("closed", CLOSED);
        return leadUserId == null ? query : query.setParameter("lead", leadUserId);
    }

    @Override
    public long countOpen() {
        return em.createQuery("select count(c) from ViolationCase c where c.status not in :closed", Long.class)
                .setParameter("closed", CLOSED)
                .getSingleResult();
    }

    @Override
    public Page<CaseSummary> search(
            CaseQuery query, Long leadUserId, Set<Long> provinceCommunes, LocalDate today, PageRequest page) {
        return new JpaCaseSearch(em, query, leadUserId, provinceCommunes, today).page(page);
    }

    @Override
    public boolean isOfTeamLedBy(long caseId, long leadUserId) {
        return !em.createNativeQuery("""
                        select 1 from violation.violation_case c
                        join inspection.visit v on v.id = c.visit_id
                        join inspection.inspection_team t on t.id = v.team_id
                        where c.id = :case and t.lead_user_id = :lead""")
                .setParameter("case", caseId)
                .setParameter("lead", leadUserId)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
