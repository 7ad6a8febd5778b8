package vn.vigil.victim.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.vigil.victim.domain.RateRepository;
import vn.vigil.victim.domain.SupportRate;

@ApplicationScoped
public class JpaRateRepository implements RateRepository {

    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    @PersistenceContext(unitName = "victim")
    EntityManager em;

    protected JpaRateRepository() {}

    public JpaRateRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public SupportRate add(SupportRate rate) {
        em.persist(rate);
        return rate;
    }

    @Override
    public Optional<SupportRate> find(long id) {
        return Optional.ofNullable(em.find(SupportRate.class, id));
    }

    @Override
    public List<SupportRate> all() {
        return em.createQuery(
                        "select r from SupportRate r order by r.supportType, r.item, r.validFrom desc",
                        SupportRate.class)
                .getResultList();
    }

    @Override
    public List<SupportRate> inForce(String supportType, LocalDate on) {
        return em.createQuery(
                        "select r from SupportRate r where r.supportType = :t and r.validFrom <= :d"
                                + " and (r.validUntil is null or r.validUntil >= :d) order by r.item",
                        SupportRate.class)
                .setParameter("t", supportType)
                .setParameter("d", on)
                .getResultList();
    }

    @Override
    public boolean overlaps(String supportType, String item, LocalDate from, LocalDate until, Long exceptId) {
        LocalDate end = until == null ? OPEN_END : until;
        return !em.createQuery(
                        "select r.id from SupportRate r where r.supportType = :t and r.item = :i"
                                + " and (:except is null or r.id <> :except) and r.validFrom <= :end"
                                + " and (r.validUntil is null or r.validUntil >= :from)",
                        Long.class)
                .setParameter("t", supportType)
                .setParameter("i", item)
                .setParameter("except", exceptId)
                .setParameter("end", end)
                .setParameter("from", from)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
