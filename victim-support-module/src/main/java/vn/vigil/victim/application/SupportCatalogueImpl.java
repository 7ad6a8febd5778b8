package vn.vigil.victim.application;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.vigil.core.api.Guarded;
import vn.vigil.victim.api.SupportCatalogue;
import vn.vigil.victim.api.SupportTypeView;

@ApplicationScoped
@Guarded
@PermitAll
@Transactional(Transactional.TxType.SUPPORTS)
public class SupportCatalogueImpl implements SupportCatalogue {

    @PersistenceContext(unitName = "victim")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<SupportTypeView> supportTypes() {
        List<Object[]> rows = em.createNativeQuery(
                        "select code, name_vi, name_en, max_days from victim.support_type order by position")
                .getResultList();
        return rows.stream()
                .map(r -> new SupportTypeView(
                        (String) r[0], (String) r[1], (String) r[2], r[3] == null ? null : ((Number) r[3]).intValue()))
                .toList();
    }
}
