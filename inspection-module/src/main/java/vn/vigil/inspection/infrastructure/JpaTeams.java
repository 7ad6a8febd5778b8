package vn.vigil.inspection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.vigil.inspection.domain.Team;
import vn.vigil.inspection.domain.TeamRepository;

@ApplicationScoped
public class JpaTeams implements TeamRepository {

    @PersistenceContext(unitName = "inspection")
    EntityManager em;

    protected JpaTeams() {}

    public JpaTeams(EntityManager em) {
        this.em = em;
    }

    @Override
    public Team add(Team team) {
        em.persist(team);
        return team;
    }

    @Override
    public Optional<Team> find(long id) {
        return Optional.ofNullable(em.find(Team.class, id));
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public boolean nameTaken(String nameKey, Long exceptId) {
        return !em.createQuery(
                        "select t.id from Team t where t.nameKey = :key and (:except is null or t.id <> :except)",
                        Long.class)
                .setParameter("key", nameKey)
                .setParameter("except", exceptId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<Team> list(boolean activeOnly) {
        return em.createQuery(
                        "select distinct t from Team t left join fetch t.members"
                                + " where t.active = true or :all = true order by t.nameKey",
                        Team.class)
                .setParameter("all", !activeOnly)
                .getResultList();
    }

    @Override
    public List<Long> search(String folded, boolean activeOnly, int offset, int limit) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        jakarta.persistence.TypedQuery<Long> query = em.createQuery(
                "select t.id from Team t" + where(folded, activeOnly, params) + " order by t.nameKey, t.id",
                Long.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(String folded, boolean activeOnly) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        jakarta.persistence.TypedQuery<Long> query =
                em.createQuery("select count(t) from Team t" + where(folded, activeOnly, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(String folded, boolean activeOnly, java.util.Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        if (activeOnly) {
            where.append(" and t.active = true");
        }
        if (folded != null && !folded.isEmpty()) {
            where.append(" and ").append(TextTerm.matches("t.nameKey", folded, "name", params));
        }
        return where.toString();
    }

    @Override
    public List<Team> withMembers(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct t from Team t left join fetch t.members where t.id in :ids", Team.class)
                .setParameter("ids", List.copyOf(ids))
                .getResultList();
    }
}
