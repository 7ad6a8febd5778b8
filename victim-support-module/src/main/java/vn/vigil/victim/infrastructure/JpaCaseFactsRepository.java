package vn.vigil.victim.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.util.List;
import java.util.Optional;
import vn.vigil.victim.api.CaseFacts;
import vn.vigil.victim.api.PersonRole;
import vn.vigil.victim.api.PersonStatus;
import vn.vigil.victim.domain.CaseFactsRepository;

/**
 * Reads the few non-identifying columns of a case and its person with plain SQL. The case and person entities
 * belong to the case module; this module never maps them and never selects an identity column.
 */
@ApplicationScoped
public class JpaCaseFactsRepository implements CaseFactsRepository {

    private static final String FACTS = """
            select c.id, c.code, c.status, c.person_status, c.person_role, c.verified_abroad, p.nationality,
                   c.case_worker, c.received_on
              from victim.victim_case c join victim.person p on p.id = c.person_id
             where c.id = :id
            """;

    @PersistenceContext(unitName = "victim")
    EntityManager em;

    protected JpaCaseFactsRepository() {}

    public JpaCaseFactsRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<CaseFacts> find(long caseId) {
        List<Object[]> rows =
                em.createNativeQuery(FACTS).setParameter("id", caseId).getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new CaseFacts(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        "OPEN".equals(r[2]),
                        PersonStatus.valueOf((String) r[3]),
                        PersonRole.valueOf((String) r[4]),
                        (Boolean) r[5],
                        (String) r[6],
                        (String) r[7],
                        r[8] instanceof Date d ? d.toLocalDate() : (java.time.LocalDate) r[8]));
    }
}
