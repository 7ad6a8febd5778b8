package vn.vigil.core.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** The ledger in table {@code core.digest_run}; a day is claimed in a transaction of its own, committed at once. */
@ApplicationScoped
public class JpaDigestLedger implements DigestLedger {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    protected JpaDigestLedger() {}

    public JpaDigestLedger(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(LocalDate day) {
        return em.createNativeQuery(
                                "insert into core.digest_run (day, claimed_at) values (:day, now()) on conflict do nothing")
                        .setParameter("day", day)
                        .executeUpdate()
                == 1;
    }
}
