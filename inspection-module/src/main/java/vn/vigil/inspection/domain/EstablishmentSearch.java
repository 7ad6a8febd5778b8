package vn.vigil.inspection.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.inspection.api.EstablishmentQuery;
import vn.vigil.inspection.api.EstablishmentSummary;

/**
 * The read side of the registry: rows for lists, fetched with exactly the columns a list shows. Commune names are
 * not part of the rows (communes live in core); callers add them.
 */
public interface EstablishmentSearch {

    /**
     * One page, sorted by risk score (highest first), then id, with the number of matches (exact up to a limit,
     * estimated beyond) and the cursor of the next page. {@code provinceCommunes} are the communes of the query's
     * province (core knows them), null when it names none.
     */
    Page<EstablishmentSummary> search(EstablishmentQuery query, Set<Long> provinceCommunes, PageRequest page);

    /** The rows of these establishments, by name (unknown ids are left out). */
    List<EstablishmentSummary> byIds(Collection<Long> ids);
}
