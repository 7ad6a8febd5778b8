package vn.vigil.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import vn.vigil.core.domain.ApiToken;
import vn.vigil.core.domain.ApiTokenRepository;
import vn.vigil.core.domain.UserAccount;

@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    protected JpaApiTokenRepository() {}

    public JpaApiTokenRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public ApiToken add(ApiToken token) {
        em.persist(token);
        return token;
    }

    @Override
    public Optional<ApiToken> find(long id) {
        return em.createQuery("select t from ApiToken t left join fetch t.roles where t.id = :id", ApiToken.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ApiToken> ofUser(long userId) {
        return em.createQuery(
                        "select distinct t from ApiToken t left join fetch t.roles where t.userId = :userId"
                                + " order by t.createdAt desc, t.id desc",
                        ApiToken.class)
                .setParameter("userId", userId)
                .getResultList();
    }

    @Override
    public long countLive(long userId, Instant now) {
        return em.createQuery(
                        "select count(t) from ApiToken t where t.userId = :userId and t.revokedAt is null"
                                + " and t.expiresAt > :now",
                        Long.class)
                .setParameter("userId", userId)
                .setParameter("now", now)
                .getSingleResult();
    }

    @Override
    public Optional<Presented> findByDigest(String digest) {
        // read-only: nothing loaded here is changed through the entities, so Hibernate keeps no snapshots
        List<Object[]> rows = em.createQuery(
                        "select t, u from ApiToken t left join fetch t.roles"
                                + " join UserAccount u on u.id = t.userId left join fetch u.roles"
                                + " where t.digest = :digest",
                        Object[].class)
                .setParameter("digest", digest)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Presented((ApiToken) row[0], (UserAccount) row[1]));
    }

    @Override
    public boolean recordUse(long tokenId, Instant now, String from) {
        return em.createQuery("update ApiToken t set t.lastUsedAt = :now, t.lastUsedFrom = :from"
                                + " where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt <= :due)")
                        .setParameter("now", now)
                        .setParameter("from", from)
                        .setParameter("id", tokenId)
                        .setParameter("due", now.minus(ApiToken.LAST_USE_INTERVAL))
                        .executeUpdate()
                == 1;
    }
}
