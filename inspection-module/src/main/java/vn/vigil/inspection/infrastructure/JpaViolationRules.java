package vn.vigil.inspection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.vigil.inspection.api.ViolationRuleCode;
import vn.vigil.inspection.domain.ViolationRule;
import vn.vigil.inspection.domain.ViolationRuleRepository;

@ApplicationScoped
public class JpaViolationRules implements ViolationRuleRepository {

    @PersistenceContext(unitName = "inspection")
    EntityManager em;

    protected JpaViolationRules() {}

    public JpaViolationRules(EntityManager em) {
        this.em = em;
    }

    @Override
    public ViolationRule add(ViolationRule rule) {
        em.persist(rule);
        return rule;
    }

    @Override
    public void remove(ViolationRule rule) {
        em.remove(rule);
    }

    @Override
    public Optional<ViolationRule> find(long id) {
        return Optional.ofNullable(em.find(ViolationRule.class, id));
    }

    @Override
    public Optional<ViolationRule> inForce(ViolationRuleCode code, LocalDate day) {
        return em.createQuery(
                        "from ViolationRule r where r.code = :code and r.validFrom <= :day"
                                + " and (r.validUntil is null or r.validUntil >= :day)",
                        ViolationRule.class)
                .setParameter("code", code)
                .setParameter("day", day)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<ViolationRule> latest(ViolationRuleCode code) {
        return em.createQuery(
                        "from ViolationRule r where r.code = :code order by r.validFrom desc", ViolationRule.class)
                .setParameter("code", code)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ViolationRule> all() {
        return em.createQuery("from ViolationRule r order by r.code, r.validFrom", ViolationRule.class)
                .getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
