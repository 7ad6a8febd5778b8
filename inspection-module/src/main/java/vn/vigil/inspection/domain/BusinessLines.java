package vn.vigil.inspection.domain;

import java.util.List;
import java.util.Optional;

/** The business lines an administrator maintains. */
public interface BusinessLines {

    BusinessLine add(BusinessLine line);

    Optional<BusinessLine> find(long id);

    Optional<BusinessLine> findByCode(String code);

    /** All lines, active first, then by code. */
    List<BusinessLine> list();
}
