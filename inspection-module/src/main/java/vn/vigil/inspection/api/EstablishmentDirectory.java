package vn.vigil.inspection.api;

import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;

/** Looks up the registry of high-risk establishments (read-only). */
public interface EstablishmentDirectory {

    /** A page of matching establishments, highest risk first (then by id), with the total number of matches. */
    Page<EstablishmentSummary> search(EstablishmentQuery query, PageRequest page);
}
