package vn.vigil.inspection.application;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.vigil.core.api.Guarded;
import vn.vigil.inspection.api.BusinessLineView;
import vn.vigil.inspection.api.CaseDeadlineView;
import vn.vigil.inspection.api.InspectionStatistics;
import vn.vigil.inspection.domain.Establishment;

@ApplicationScoped
@Guarded
@PermitAll
@Transactional(Transactional.TxType.SUPPORTS)
public class InspectionStatisticsImpl implements InspectionStatistics {

    @PersistenceContext(unitName = "inspection")
    EntityManager em;

    @Override
    public Counts counts() {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select count(*),
                               count(*) filter (where status = 'OPERATING'),
                               count(*) filter (where status = 'SUSPENDED'),
                               count(*) filter (where status = 'OPERATING' and risk_score >= :high),
                               (select count(*) from inspection.business_line where active)
                        from inspection.establishment
                        """)
                .setParameter("high", Establishment.HIGH_RISK)
                .getSingleResult();
        return new Counts(n(row[0]), n(row[1]), n(row[2]), n(row[3]), n(row[4]));
    }

    @Override
    public CaseCounts caseCounts(LocalDate today) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select count(*),
                               count(*) filter (where due_on < :today),
                               count(*) filter (where due_on >= :today and due_on <= :soon)
                        from violation.violation_case where due_on is not null
                        """)
                .setParameter("today", today)
                .setParameter("soon", today.plusDays(CaseDeadlineView.DUE_SOON_DAYS))
                .getSingleResult();
        return new CaseCounts(n(row[0]), n(row[1]), n(row[2]));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<BusinessLineView> businessLines() {
        List<Object[]> rows = em.createNativeQuery("""
                        select l.id, l.code, l.name_vi, l.name_en, l.risk_weight, l.conditional,
                               (select count(*) from inspection.establishment e
                                 where e.business_line_id = l.id and e.status = 'OPERATING')
                        from inspection.business_line l where l.active order by l.risk_weight desc, l.code
                        """).getResultList();
        return rows.stream()
                .map(r -> new BusinessLineView(
                        n(r[0]), (String) r[1], (String) r[2], (String) r[3], (int) n(r[4]), (Boolean) r[5], n(r[6])))
                .toList();
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
