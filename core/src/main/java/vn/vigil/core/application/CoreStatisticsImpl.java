package vn.vigil.core.application;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.vigil.core.api.CoreStatistics;
import vn.vigil.core.api.Guarded;

@ApplicationScoped
@Guarded
@PermitAll
public class CoreStatisticsImpl implements CoreStatistics {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Counts counts() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Object[] row = (Object[]) em.createNativeQuery("""
                        select
                          (select count(*) from core.administrative_unit where level = 'PROVINCE'
                              and valid_from <= :today and (valid_to is null or valid_to >= :today)),
                          (select count(*) from core.administrative_unit where level = 'COMMUNE'
                              and valid_from <= :today and (valid_to is null or valid_to >= :today)),
                          (select count(*) from core.department where active),
                          (select count(*) from core.user_account where enabled),
                          (select count(*) from core.holiday where kind <> 'MAKE_UP_WORKING_DAY'
                              and extract(year from day) = :year)
                        """)
                .setParameter("today", today)
                .setParameter("year", today.getYear())
                .getSingleResult();
        return new Counts(n(row[0]), n(row[1]), n(row[2]), n(row[3]), n(row[4]));
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
