package vn.vigil.core.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.vigil.core.api.ConflictException;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.Guarded;
import vn.vigil.core.api.NotFoundException;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.Role;
import vn.vigil.core.api.Text;
import vn.vigil.core.api.audit.AuditEvent;
import vn.vigil.core.api.audit.AuditLog;
import vn.vigil.core.api.unit.AdminUnitCommand;
import vn.vigil.core.api.unit.AdminUnitQuery;
import vn.vigil.core.api.unit.AdminUnitService;
import vn.vigil.core.api.unit.AdminUnitView;
import vn.vigil.core.api.unit.UnitLevel;
import vn.vigil.core.domain.AdminUnitRepository;
import vn.vigil.core.domain.AdministrativeUnit;

@ApplicationScoped
@Transactional
@Guarded
@RolesAllowed({
    Role.Names.ADMIN,
    Role.Names.INSPECTOR,
    Role.Names.TEAM_LEAD,
    Role.Names.LEGAL_OFFICER,
    Role.Names.CASE_WORKER,
    Role.Names.FINANCE_OFFICER,
    Role.Names.COMMITTEE_VIEWER,
    Role.Names.FOCAL_POINT,
    Role.Names.STANDING_OFFICE
})
public class AdminUnitServiceImpl implements AdminUnitService {

    private static final int MAX_SUCCESSOR_HOPS = 20;

    @Inject
    AdminUnitRepository units;

    @Inject
    AuditLog audit;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AdminUnitView> search(AdminUnitQuery query, PageRequest page) {
        List<AdministrativeUnit> rows = units.search(query, page);
        return new Page<>(views(rows), units.count(query), page.page(), page.size());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AdminUnitView> find(long id) {
        return units.find(id).map(unit -> views(List.of(unit)).get(0));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, String> namesOf(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        units.findAll(List.copyOf(Set.copyOf(ids))).forEach(unit -> names.put(unit.id(), unit.name()));
        return names;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> communesOfProvince(long provinceId) {
        units.find(provinceId)
                .filter(unit -> unit.level() == UnitLevel.PROVINCE)
                .orElseThrow(() -> new DomainException("unit.notAProvince", provinceId));
        return Set.copyOf(units.within(provinceId, UnitLevel.COMMUNE));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> withPredecessors(long unitId) {
        return Set.copyOf(units.withPredecessors(unitId));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AdminUnitView> inForce(UnitLevel level, Long parentId, LocalDate day) {
        return views(units.inForce(level, parentId, day));
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public AdminUnitView create(AdminUnitCommand command) {
        AdministrativeUnit parent = parentOf(command);
        requireCodeFree(command, null);
        AdministrativeUnit unit = units.add(
                new AdministrativeUnit(command.code(), command.name(), command.kind(), parent, command.validFrom()));
        if (command.validTo() != null) {
            unit.retire(command.validTo(), successorOf(command.successorId()));
        }
        units.flush();
        audit.record(AuditEvent.of("UNIT_CREATED", "AdministrativeUnit", unit.id(), unit.code() + " " + unit.name()));
        return views(List.of(unit)).get(0);
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public AdminUnitView update(long id, long version, AdminUnitCommand command) {
        AdministrativeUnit unit = load(id, version);
        requireCodeFree(command, unit.id());
        unit.reopen();
        unit.describe(command.code(), command.name(), command.kind(), parentOf(command), command.validFrom());
        if (command.validTo() != null) {
            unit.retire(command.validTo(), successorOf(command.successorId()));
        }
        units.flush();
        audit.record(AuditEvent.of("UNIT_UPDATED", "AdministrativeUnit", id, unit.code() + " " + unit.name()));
        return views(List.of(unit)).get(0);
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public AdminUnitView retire(long id, long version, LocalDate lastDay, Long successorId) {
        AdministrativeUnit unit = load(id, version);
        unit.retire(lastDay, successorOf(successorId));
        units.flush();
        audit.record(AuditEvent.of(
                "UNIT_RETIRED", "AdministrativeUnit", id, "until " + lastDay + " successor " + successorId));
        return views(List.of(unit)).get(0);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AdminUnitView> predecessors(long id) {
        return views(units.predecessorsOf(id));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AdminUnitView> currentSuccessor(long id, LocalDate day) {
        Optional<AdministrativeUnit> current = units.find(id);
        Set<Long> seen = new HashSet<>();
        while (current.isPresent()
                && !current.get().isValidOn(day)
                && current.get().successorId() != null) {
            if (!seen.add(current.get().id()) || seen.size() > MAX_SUCCESSOR_HOPS) {
                break;
            }
            current = units.find(current.get().successorId());
        }
        return current.filter(unit -> unit.isValidOn(day))
                .map(unit -> views(List.of(unit)).get(0));
    }

    private AdministrativeUnit load(long id, long version) {
        AdministrativeUnit unit = units.find(id).orElseThrow(() -> new NotFoundException("AdministrativeUnit", id));
        if (unit.version() != version) {
            throw new ConflictException("AdministrativeUnit");
        }
        return unit;
    }

    /**
     * A code names one unit in force at a time, and each of its versions starts on a different day. A unit that is
     * entered already retired may share its code with the current one.
     */
    private void requireCodeFree(AdminUnitCommand command, Long selfId) {
        String code = Text.clean(command.code());
        if (code == null) {
            return;
        }
        if (command.validTo() == null) {
            units.findCurrentByCode(code)
                    .filter(other -> !other.id().equals(selfId))
                    .ifPresent(other -> {
                        throw new DomainException("unit.codeTaken", code);
                    });
        }
        if (command.validFrom() != null && units.versionStartsOn(code, command.validFrom(), selfId)) {
            throw new DomainException("unit.versionTaken", code, command.validFrom());
        }
    }

    private AdministrativeUnit parentOf(AdminUnitCommand command) {
        if (command.parentId() == null) {
            return null;
        }
        // a reference inside the request, not the resource asked for: a bad request rather than "not found"
        return units.find(command.parentId())
                .orElseThrow(() -> new DomainException("unit.parentUnknown", command.parentId()));
    }

    private AdministrativeUnit successorOf(Long successorId) {
        if (successorId == null) {
            return null;
        }
        return units.find(successorId).orElseThrow(() -> new DomainException("unit.successorUnknown", successorId));
    }

    /** Maps a page of units to views, naming parents and successors with one extra query. */
    private List<AdminUnitView> views(List<AdministrativeUnit> rows) {
        Set<Long> related = new HashSet<>();
        for (AdministrativeUnit unit : rows) {
            if (unit.parentId() != null) {
                related.add(unit.parentId());
            }
            if (unit.successorId() != null) {
                related.add(unit.successorId());
            }
        }
        Map<Long, String> names = new HashMap<>();
        units.findAll(new ArrayList<>(related)).forEach(unit -> names.put(unit.id(), unit.name()));
        return rows.stream()
                .map(unit -> new AdminUnitView(
                        unit.id(),
                        unit.code(),
                        unit.name(),
                        unit.level(),
                        unit.kind(),
                        unit.parentId(),
                        names.get(unit.parentId()),
                        unit.validFrom(),
                        unit.validTo(),
                        unit.successorId(),
                        names.get(unit.successorId()),
                        unit.version()))
                .toList();
    }
}
