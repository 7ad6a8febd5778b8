package vn.vigil.core.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.unit.AdminUnitQuery;
import vn.vigil.core.api.unit.UnitLevel;

public interface AdminUnitRepository {

    Optional<AdministrativeUnit> find(long id);

    List<AdministrativeUnit> findAll(List<Long> ids);

    Optional<AdministrativeUnit> findCurrentByCode(String code);

    /** Whether another version of the code (not {@code exceptId}) starts on that day. */
    boolean versionStartsOn(String code, LocalDate validFrom, Long exceptId);

    /** The units that were retired into this one, latest first. */
    List<AdministrativeUnit> predecessorsOf(long id);

    List<AdministrativeUnit> search(AdminUnitQuery query, PageRequest page);

    long count(AdminUnitQuery query);

    /**
     * Ids of the units of a level anywhere under these units (through every parent, current or former), also under
     * the units of the same level retired into them.
     */
    List<Long> within(long unitId, UnitLevel level);

    /** The unit and every unit retired into it, directly or through others. */
    List<Long> withPredecessors(long unitId);

    List<AdministrativeUnit> inForce(UnitLevel level, Long parentId, LocalDate day);

    AdministrativeUnit add(AdministrativeUnit unit);

    /** Writes pending changes now, so the version a caller gets back is the one stored. */
    void flush();
}
