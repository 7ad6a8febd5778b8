package vn.vigil.victim.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.victim.domain.IdentityGrant;
import vn.vigil.victim.domain.IdentityGrantRepository;

@ApplicationScoped
public class JpaIdentityGrants implements IdentityGrantRepository {

    @PersistenceContext(unitName = "victim")
    EntityManager em;

    protected JpaIdentityGrants() {}

    public JpaIdentityGrants(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(IdentityGrant grant) {
        em.persist(grant);
        em.flush();
    }

    @Override
    public Optional<IdentityGrant> find(long id) {
        return Optional.ofNullable(em.find(IdentityGrant.class, id));
    }

    @Override
    public boolean holds(String username, long caseId, LocalDate today) {
        return em.createQuery(
                                "select count(g) from IdentityGrant g where g.grantee = :user and g.revokedAt is null"
                                        + " and g.expiresOn >= :today and (g.caseId is null or g.caseId = :caseId)",
                                Long.class)
                        .setParameter("user", username)
                        .setParameter("today", today)
                        .setParameter("caseId", caseId)
                        .getSingleResult()
                > 0;
    }

    @Override
    public Page<IdentityGrant> all(PageRequest page) {
        return new Page<>(
                em.createQuery(
                                "select g from IdentityGrant g order by g.grantedAt desc, g.id desc",
                                IdentityGrant.class)
                        .setFirstResult(page.offset())
                        .setMaxResults(page.size())
                        .getResultList(),
                em.createQuery("select count(g) from IdentityGrant g", Long.class)
                        .getSingleResult(),
                page.page(),
                page.size());
    }
}
