package vn.vigil.inspection.api;

import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;

/** The legal catalogue of sanctionable acts: read by the people who handle violations, kept by administrators. */
public interface LegalCatalogue {

    Page<LegalProvisionView> provisions(String text, boolean activeOnly, PageRequest page);

    LegalProvisionView provision(long id);

    LegalProvisionView addProvision(LegalProvisionCommand command);

    LegalProvisionView updateProvision(long id, long version, LegalProvisionCommand command);
}
