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
}
