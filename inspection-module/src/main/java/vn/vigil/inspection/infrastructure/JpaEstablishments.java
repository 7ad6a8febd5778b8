package vn.vigil.inspection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.vigil.inspection.domain.Establishment;
import vn.vigil.inspection.domain.Establishments;

@ApplicationScoped
public class JpaEstablishments implements Establishments {

    @PersistenceContext(unitName = "inspection")
    EntityManager em;

    protected JpaEstablishments() {}

    public JpaEstablishments(EntityManager em) {
        this.em = em;
    }

    @Override
    public Establishment add(Establishment establishment) {
        em.persist(establishment);
        return establishment;
    }

    @Override
    public Optional<Establishment> find(long id) {
        return Optional.ofNullable(em.find(Establishment.class, id));
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<Establishment> possibleDuplicates(
            String registrationNo, String nameFolded, String addressFolded, Long excludingId) {
        return em.createQuery("""
                        select e from Establishment e
                        where (e.registrationNo = :registrationNo
                               or (e.nameFolded = :name and e.addressFolded = :address))
                          and e.id <> :excluding
                        order by e.id""", Establishment.class)
                .setParameter("registrationNo", registrationNo == null ? "" : registrationNo)
                .setParameter("name", nameFolded)
                .setParameter("address", addressFolded)
                .setParameter("excluding", excludingId == null ? -1L : excludingId)
                .setMaxResults(20)
                .getResultList();
    }
}
