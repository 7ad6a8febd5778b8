package vn.vigil.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import vn.vigil.core.domain.DocumentNumber;
import vn.vigil.core.domain.DocumentNumberRepository;
import vn.vigil.core.domain.DocumentSequence;

@ApplicationScoped
public class JpaDocumentNumberRepository implements DocumentNumberRepository {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    protected JpaDocumentNumberRepository() {}

    public JpaDocumentNumberRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public int nextInSequence(DocumentSequence sequence) {
        Object next = em.createNativeQuery("""
                        insert into core.document_counter as c (issuer_code, kind, year, last_seq)
                        values (:issuer, :kind, :year, 1)
                        on conflict (issuer_code, kind, year) do update set last_seq = c.last_seq + 1
                        returning c.last_seq""")
                .setParameter("issuer", sequence.issuerCode())
                .setParameter("kind", sequence.kind())
                .setParameter("year", sequence.year())
                .getSingleResult();
        return ((Number) next).intValue();
    }

    @Override
    public Optional<String> symbolFor(String kind, String issuerCode) {
        List<?> symbols = em.createNativeQuery("""
                        select symbol from core.document_symbol
                        where kind = :kind and (issuer_code = :issuer or issuer_code is null)
                        order by issuer_code nulls last
                        limit 1""")
                .setParameter("kind", kind)
                .setParameter("issuer", issuerCode)
                .getResultList();
        return symbols.stream().map(String.class::cast).findFirst();
    }

    @Override
    public DocumentNumber add(DocumentNumber number) {
        em.persist(number);
        em.flush();
        return number;
    }

    @Override
    public List<DocumentNumber> byReference(String referenceType, String referenceId) {
        return em.createQuery(
                        "select n from DocumentNumber n where n.referenceType = :type and n.referenceId = :id"
                                + " order by n.issuedAt, n.id",
                        DocumentNumber.class)
                .setParameter("type", referenceType)
                .setParameter("id", referenceId)
                .getResultList();
    }
}
