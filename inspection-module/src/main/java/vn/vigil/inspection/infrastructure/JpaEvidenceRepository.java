package vn.vigil.inspection.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.vigil.inspection.api.EvidenceView;
import vn.vigil.inspection.api.VisitStatus;
import vn.vigil.inspection.domain.EvidenceRepository;
import vn.vigil.inspection.domain.VisitEvidence;

@ApplicationScoped
public class JpaEvidenceRepository implements EvidenceRepository {

    @PersistenceContext(unitName = "inspection")
    EntityManager em;

    protected JpaEvidenceRepository() {}

    public JpaEvidenceRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<VisitStatus> visitStatus(long visitId) {
        List<?> rows = em.createNativeQuery("select status from inspection.visit where id = :id")
                .setParameter("id", visitId)
                .getResultList();
        return rows.stream().map(s -> VisitStatus.valueOf((String) s)).findFirst();
    }

    @Override
    public boolean visitExists(long visitId) {
        return !em.createNativeQuery("select 1 from inspection.visit where id = :id")
                .setParameter("id", visitId)
                .getResultList()
                .isEmpty();
    }

    @Override
    public VisitEvidence add(VisitEvidence evidence) {
        em.persist(evidence);
        return evidence;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<EvidenceView> of(long visitId) {
        return em.createQuery(
                        "select new vn.vigil.inspection.api.EvidenceView(e.id, e.visitId, e.fileName, e.contentType,"
                                + " e.size, e.sha256, e.capturedAt, e.uploadedAt, e.uploadedBy, e.afterSignOff)"
                                + " from VisitEvidence e where e.visitId = :visit order by e.uploadedAt, e.id",
                        EvidenceView.class)
                .setParameter("visit", visitId)
                .getResultList();
    }

    @Override
    public Optional<VisitEvidence> find(long id) {
        return Optional.ofNullable(em.find(VisitEvidence.class, id));
    }
}
