package vn.vigil.victim.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.vigil.victim.domain.EssentialNeedsExtension;
import vn.vigil.victim.domain.NeedsAssessment;
import vn.vigil.victim.domain.NeedsRepository;

@ApplicationScoped
public class JpaNeedsRepository implements NeedsRepository {

    @PersistenceContext(unitName = "victim")
    EntityManager em;

    protected JpaNeedsRepository() {}

    public JpaNeedsRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public NeedsAssessment add(NeedsAssessment assessment) {
        em.persist(assessment);
        return assessment;
    }

    @Override
    public List<NeedsAssessment> assessments(long caseId) {
        return em.createQuery(
                        "select distinct a from NeedsAssessment a left join fetch a.needs where a.caseId = :c"
                                + " order by a.assessedOn desc, a.id desc",
                        NeedsAssessment.class)
                .setParameter("c", caseId)
                .getResultList();
    }

    @Override
    public EssentialNeedsExtension add(EssentialNeedsExtension extension) {
        em.persist(extension);
        return extension;
    }

    @Override
    public List<EssentialNeedsExtension> extensions(long caseId) {
        return em.createQuery(
                        "select e from EssentialNeedsExtension e where e.caseId = :c order by e.approvedOn, e.id",
                        EssentialNeedsExtension.class)
                .setParameter("c", caseId)
                .getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
