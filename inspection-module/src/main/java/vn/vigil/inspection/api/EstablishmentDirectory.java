package vn.vigil.inspection.api;

import java.util.Collection;
import java.util.List;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;

/** Looks up the registry of high-risk establishments (read-only). */
public interface EstablishmentDirectory {

    /** A page of matching establishments, highest risk first (then by id), with the total number of matches. */
    Page<EstablishmentSummary> search(EstablishmentQuery query, PageRequest page);

    /** These establishments by name, in one query (unknown ids are left out). */
    List<EstablishmentSummary> byIds(Collection<Long> ids);
}
