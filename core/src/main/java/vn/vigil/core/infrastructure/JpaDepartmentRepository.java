package vn.vigil.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.vigil.core.domain.Department;
import vn.vigil.core.domain.DepartmentRepository;

@ApplicationScoped
public class JpaDepartmentRepository implements DepartmentRepository {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    protected JpaDepartmentRepository() {}

    public JpaDepartmentRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Department> find(long id) {
        return Optional.ofNullable(em.find(Department.class, id));
    }

    @Override
    public Optional<Department> findByCode(String code) {
        return em.createQuery("select d from Department d where d.code = :code", Department.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Department> list(boolean activeOnly) {
        return em.createQuery(
                        "select d from Department d where d.active = true or :all = true order by d.name",
                        Department.class)
                .setParameter("all", !activeOnly)
                .getResultList();
    }

    @Override
    public Map<Long, Long> staffCounts() {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(
                        "select u.departmentId, count(u) from UserAccount u where u.enabled = true"
                                + " and u.departmentId is not null group by u.departmentId",
                        Object[].class)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public Department add(Department department) {
        em.persist(department);
        return department;
    }
}
