package vn.vigil.inspection.domain;

import java.util.List;
import java.util.Optional;

/** The business lines an administrator maintains. */
public interface BusinessLines {

    BusinessLine add(BusinessLine line);

    Optional<BusinessLine> find(long id);

    /** Writes pending changes now, so ids and versions are the stored ones. */
    void flush();

    Optional<BusinessLine> findByCode(String code);

    /** All lines, active first, then by code. */
    List<BusinessLine> list();
}
