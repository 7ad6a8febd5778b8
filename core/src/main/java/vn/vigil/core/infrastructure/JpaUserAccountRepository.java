package vn.vigil.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Text;
import vn.vigil.core.api.staff.UserQuery;
import vn.vigil.core.domain.UserAccount;
import vn.vigil.core.domain.UserAccountRepository;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    protected JpaUserAccountRepository() {}

    public JpaUserAccountRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<UserAccount> search(UserQuery query, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        // roles are an eager element collection: page over ids first, then load those users with their roles
        TypedQuery<Long> ids = em.createQuery(
                "select u.id from UserAccount u" + where(query, params) + " order by u.fullNameFolded, u.id",
                Long.class);
        params.forEach(ids::setParameter);
        List<Long> pageIds =
                ids.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        if (pageIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select distinct u from UserAccount u left join fetch u.roles where u.id in :ids"
                                + " order by u.fullNameFolded, u.id",
                        UserAccount.class)
                .setParameter("ids", pageIds)
                .getResultList();
    }

    @Override
    public long count(UserQuery query) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(u) from UserAccount u" + where(query, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    private static String where(UserQuery query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        String text = Text.fold(Text.clean(query.text()));
        if (text != null) {
            where.append(" and (u.fullNameFolded like :text or u.username like :text)");
            params.put("text", "%" + JpaAdminUnitRepository.escapeLike(text) + "%");
        }
        if (query.role() != null) {
            where.append(" and :role member of u.roles");
            params.put("role", query.role());
        }
        if (query.departmentId() != null) {
            where.append(" and u.departmentId = :departmentId");
            params.put("departmentId", query.departmentId());
        }
        return where.toString();
    }

    @Override
    public long countAll() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    @Override
    public UserAccount add(UserAccount user) {
        em.persist(user);
        return user;
    }
}
