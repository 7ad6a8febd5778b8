package vn.vigil.core.api.unit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;

/** Versioned administrative units: provinces and the commune-level units below them. */
public interface AdminUnitService {

    Page<AdminUnitView> search(AdminUnitQuery query, PageRequest page);

    Optional<AdminUnitView> find(long id);

    /**
     * Names of the given units, current or former, keyed by id, read with one query: for labelling a page of
     * another module's rows. Unknown ids are left out.
     */
    Map<Long, String> namesOf(Collection<Long> ids);

    /**
     * The commune-level units of a province, current and former (also those of a province merged into it), for
     * filtering other modules' rows by province. Refuses an id that is not a province with
     * {@code unit.notAProvince}.
     */
    Set<Long> communesOfProvince(long provinceId);

    /**
     * The unit and every unit retired into it, directly or through others, for a list filtered by a unit in force
     * to find rows still filed under the units it replaced (as the reporting read model counts them). Empty when the
     * unit does not exist.
     */
    Set<Long> withPredecessors(long unitId);

    /** Units of a level in force on a day, sorted by name, for pick lists. */
    List<AdminUnitView> inForce(UnitLevel level, Long parentId, LocalDate day);

    AdminUnitView create(AdminUnitCommand command);

    /**
     * Replaces the unit's description and period with the command's: a command without {@code validTo} puts a
     * retired unit back in force.
     */
    AdminUnitView update(long id, long version, AdminUnitCommand command);

    /**
     * Ends a unit's validity on {@code lastDay} and points to the unit that takes over its area (a merger or a
     * split), so history keeps reporting against the old unit and current work uses the new one.
     */
    AdminUnitView retire(long id, long version, LocalDate lastDay, Long successorId);

    /** The units retired into this one (mergers and splits), latest first. */
    List<AdminUnitView> predecessors(long id);

    /** Follows successor links from a unit to the one in force on {@code day}. */
    Optional<AdminUnitView> currentSuccessor(long id, LocalDate day);
}
