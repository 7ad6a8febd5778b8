package vn.vigil.victim.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.victim.api.CaseloadCounts;
import vn.vigil.victim.api.CaseloadRow;
import vn.vigil.victim.domain.CaseReferral;
import vn.vigil.victim.domain.Person;
import vn.vigil.victim.domain.VictimCase;
import vn.vigil.victim.domain.VictimCaseRepository;

@ApplicationScoped
public class JpaVictimCases implements VictimCaseRepository {

    private static final int MATCHES_MAX = 20;

    @PersistenceContext(unitName = "victim")
    EntityManager em;

    protected JpaVictimCases() {}

    public JpaVictimCases(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Person person) {
        em.persist(person);
        em.flush();
    }

    @Override
    public void add(VictimCase victimCase) {
        em.persist(victimCase);
        em.flush();
    }

    @Override
    public void add(CaseReferral referral) {
        em.persist(referral);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<VictimCase> find(long id) {
        return Optional.ofNullable(em.find(VictimCase.class, id));
    }

    @Override
    public Optional<VictimCase> findByCode(String code) {
        return em.createQuery("select c from VictimCase c where c.code = :code", VictimCase.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Person person(long id) {
        return em.find(Person.class, id);
    }

    @Override
    public String nextCode(int year) {
        Number next =
                (Number) em.createNativeQuery("""
                        insert into victim.case_code_counter (year, last_number) values (:year, 1)
                        on conflict (year) do update set last_number = case_code_counter.last_number + 1
                        returning last_number
                        """).setParameter("year", year).getSingleResult();
        return String.format("NN-%d-%04d", year, next.intValue());
    }

    @Override
    public Page<CaseloadRow> openCasesOf(String caseWorker, LocalDate today, PageRequest page) {
        String where = " where c.status = vn.vigil.victim.api.CaseStatus.OPEN"
                + (caseWorker == null ? "" : " and c.caseWorker = :worker");
        TypedQuery<VictimCase> rows = em.createQuery(
                "select c from VictimCase c" + where
                        + " order by case when c.personStatus = vn.vigil.victim.api.PersonStatus.UNDER_VERIFICATION"
                        + " then 0 else 1 end, c.verificationDue, c.id",
                VictimCase.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from VictimCase c" + where, Long.class);
        if (caseWorker != null) {
            rows.setParameter("worker", caseWorker);
            count.setParameter("worker", caseWorker);
        }
        List<CaseloadRow> items = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(c -> new CaseloadRow(
                        c.id(),
                        c.code(),
                        c.caseWorker(),
                        c.personStatus(),
                        c.personRole(),
                        c.receivedOn(),
                        c.verificationDue(),
                        c.verificationDaysLeft(today),
                        c.version()))
                .toList();
        return new Page<>(items, count.getSingleResult(), page.page(), page.size());
    }

    @Override
    public CaseloadCounts countOpenCasesOf(String caseWorker, LocalDate today, int dueSoonDays) {
        Object[] row = em.createQuery(
                        "select count(c),"
                                + " coalesce(sum(case when c.personStatus = vn.vigil.victim.api.PersonStatus.UNDER_VERIFICATION"
                                + " and c.verificationDue < :today then 1 else 0 end), 0),"
                                + " coalesce(sum(case when c.personStatus = vn.vigil.victim.api.PersonStatus.UNDER_VERIFICATION"
                                + " and c.verificationDue >= :today and c.verificationDue <= :soon then 1 else 0 end), 0),"
                                + " coalesce(sum(case when c.receivedOn >= :monthStart then 1 else 0 end), 0)"
                                + " from VictimCase c where c.status = vn.vigil.victim.api.CaseStatus.OPEN"
                                + " and c.caseWorker = :worker",
                        Object[].class)
                .setParameter("today", today)
                .setParameter("soon", today.plusDays(dueSoonDays))
                .setParameter("monthStart", today.withDayOfMonth(1))
                .setParameter("worker", caseWorker)
                .getSingleResult();
        return new CaseloadCounts(
                ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue());
    }

    @Override
    public List<String> codesMatching(String idNumberDigest, String nameDigest, Integer birthYear) {
        List<String> conditions = new ArrayList<>();
        if (idNumberDigest != null) {
            conditions.add("p.idNumberDigest = :idDigest");
        }
        boolean byName = nameDigest != null && birthYear != null;
        if (byName) {
            conditions.add("(p.nameDigest = :nameDigest and p.birthYear = :birthYear)");
        }
        if (conditions.isEmpty()) {
            return List.of();
        }
        TypedQuery<String> query = em.createQuery(
                "select c.code from VictimCase c, Person p where p.id = c.personId and ("
                        + String.join(" or ", conditions) + ") order by c.id",
                String.class);
        if (idNumberDigest != null) {
            query.setParameter("idDigest", idNumberDigest);
        }
        if (byName) {
            query.setParameter("nameDigest", nameDigest).setParameter("birthYear", birthYear);
        }
        return query.setMaxResults(MATCHES_MAX).getResultList();
    }

    @Override
    public List<CaseReferral> referralsOf(long caseId) {
        return em.createQuery(
                        "select r from CaseReferral r where r.caseId = :caseId order by r.referredOn, r.id",
                        CaseReferral.class)
                .setParameter("caseId", caseId)
                .getResultList();
    }

    @Override
    public Map<Long, String> codes(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c.id, c.code from VictimCase c where c.id in :ids", Object[].class)
                .setParameter("ids", caseIds)
                .getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    @Override
    public List<Person> sealedWithOlderKey(int currentVersion, int limit) {
        return em.createQuery("select p from Person p where p.keyVersion <> :current order by p.id", Person.class)
                .setParameter("current", currentVersion)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countSealedWithOlderKey(int currentVersion) {
        return em.createQuery("select count(p) from Person p where p.keyVersion <> :current", Long.class)
                .setParameter("current", currentVersion)
                .getSingleResult();
    }
}
