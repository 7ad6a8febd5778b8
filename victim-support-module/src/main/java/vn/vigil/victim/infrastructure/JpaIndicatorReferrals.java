package vn.vigil.victim.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.victim.domain.IndicatorReferral;
import vn.vigil.victim.domain.IndicatorReferralRepository;

@ApplicationScoped
public class JpaIndicatorReferrals implements IndicatorReferralRepository {

    @PersistenceContext(unitName = "victim")
    EntityManager em;

    protected JpaIndicatorReferrals() {}

    public JpaIndicatorReferrals(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean referOnce(long visitId, long establishmentId) {
        return em.createNativeQuery("""
                        insert into victim.indicator_referral (visit_id, establishment_id, status, received_at)
                        values (:visit, :establishment, 'PENDING', now())
                        on conflict (visit_id) do nothing
                        """)
                        .setParameter("visit", visitId)
                        .setParameter("establishment", establishmentId)
                        .executeUpdate()
                == 1;
    }

    @Override
    public Optional<IndicatorReferral> find(long id) {
        return Optional.ofNullable(em.find(IndicatorReferral.class, id));
    }

    @Override
    public Page<IndicatorReferral> pending(PageRequest page) {
        String where = " where r.status = vn.vigil.victim.api.IndicatorReferralStatus.PENDING";
        return new Page<>(
                em.createQuery(
                                "select r from IndicatorReferral r" + where + " order by r.receivedAt, r.id",
                                IndicatorReferral.class)
                        .setFirstResult(page.offset())
                        .setMaxResults(page.size())
                        .getResultList(),
                em.createQuery("select count(r) from IndicatorReferral r" + where, Long.class)
                        .getSingleResult(),
                page.page(),
                page.size());
    }
}
