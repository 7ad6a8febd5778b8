package vn.vigil.inspection.domain;

import java.util.List;
import java.util.Optional;
import vn.vigil.core.api.PageRequest;

public interface LegalProvisionRepository {

    LegalProvision add(LegalProvision provision);

    Optional<LegalProvision> find(long id);

    /** Another provision with the same decree, article, clause and point, if any. */
    Optional<LegalProvision> findByReference(String decree, int article, int clause, String point);

    /** Provisions whose decree or description contains {@code text} (folded), by decree, article, clause, point. */
    List<LegalProvision> search(String text, boolean activeOnly, PageRequest page);

    long count(String text, boolean activeOnly);

    void flush();
}
