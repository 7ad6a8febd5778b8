package vn.vigil.inspection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.vigil.inspection.domain.BusinessLine;
import vn.vigil.inspection.domain.BusinessLines;

@ApplicationScoped
public class JpaBusinessLines implements BusinessLines {

    @PersistenceContext(unitName = "inspection")
    EntityManager em;

    protected JpaBusinessLines() {}

    public JpaBusinessLines(EntityManager em) {
        this.em = em;
    }

    @Override
    public BusinessLine add(BusinessLine line) {
        em.persist(line);
        return line;
    }

    @Override
    public Optional<BusinessLine> find(long id) {
        return Optional.ofNullable(em.find(BusinessLine.class, id));
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<BusinessLine> findByCode(String code) {
        return em.createQuery("select l from BusinessLine l where l.code = :code", BusinessLine.class)
                .setParameter("code", code.strip().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<BusinessLine> list() {
        return em.createQuery("select l from BusinessLine l order by l.active desc, l.code", BusinessLine.class)
                .getResultList();
    }
}
