package vn.vigil.inspection.api;

import java.util.List;

/**
 * The business lines the registry uses, maintained by administrators. Changing a line's risk weight recomputes
 * the risk score of its establishments.
 */
public interface BusinessLineCatalogue {

    /** Every line, active first, then by code. */
    List<BusinessLineEntry> list();

    BusinessLineEntry create(BusinessLineCommand command);

    BusinessLineEntry update(long id, long version, BusinessLineCommand command);
}
