package vn.vigil.inspection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.vigil.core.api.PageRequest;
import vn.vigil.inspection.domain.LegalProvision;
import vn.vigil.inspection.domain.LegalProvisionRepository;

@ApplicationScoped
public class JpaLegalProvisions implements LegalProvisionRepository {

    private static final String MATCHING = """
            from LegalProvision p
            where (:text = '' or lower(p.decree) like :text or lower(p.description) like :text)
              and (p.active = true or :activeOnly = false)
            """;

    @PersistenceContext(unitName = "inspection")
    EntityManager em;

    protected JpaLegalProvisions() {}

    public JpaLegalProvisions(EntityManager em) {
        this.em = em;
    }

    @Override
    public LegalProvision add(LegalProvision provision) {
        em.persist(provision);
        return provision;
    }

    @Override
    public Optional<LegalProvision> find(long id) {
        return Optional.ofNullable(em.find(LegalProvision.class, id));
    }

    @Override
    public Optional<LegalProvision> findByReference(String decree, int article, int clause, String point) {
        return em.createQuery(
                        "from LegalProvision p where p.decree = :decree and p.article = :article"
                                + " and p.clause = :clause and coalesce(p.point, '') = :point",
                        LegalProvision.class)
                .setParameter("decree", decree)
                .setParameter("article", article)
                .setParameter("clause", clause)
                .setParameter("point", point == null ? "" : point)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<LegalProvision> search(String text, boolean activeOnly, PageRequest page) {
        return em.createQuery(
                        "select p " + MATCHING + " order by p.decree, p.article, p.clause, p.point nulls first, p.id",
                        LegalProvision.class)
                .setParameter("text", pattern(text))
                .setParameter("activeOnly", activeOnly)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    @Override
    public long count(String text, boolean activeOnly) {
        return em.createQuery("select count(p) " + MATCHING, Long.class)
                .setParameter("text", pattern(text))
                .setParameter("activeOnly", activeOnly)
                .getSingleResult();
    }

    @Override
    public void flush() {
        em.flush();
    }

    private static String pattern(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String escaped = text.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
