package vn.vigil.inspection.application;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.vigil.core.api.unit.AdminUnitService;
import vn.vigil.core.api.unit.AdminUnitView;
import vn.vigil.core.api.unit.UnitKind;

/**
 * Core's unit service answering only what the registry and the import ask: find, namesOf and inForce, over a fixed
 * set of units (codes are "X-" and the id).
 */
final class FakeUnits {

    static final long COMMUNE = 7501;
    static final long RETIRED_COMMUNE = 7502;
    static final long PROVINCE = 75;

    private static final Map<Long, AdminUnitView> UNITS = Map.of(
            COMMUNE, unit(COMMUNE, "Phường Trấn Biên", UnitKind.PHUONG, null),
            RETIRED_COMMUNE, unit(RETIRED_COMMUNE, "Phường Quyết Thắng", UnitKind.PHUONG, LocalDate.of(2025, 6, 30)),
            PROVINCE, unit(PROVINCE, "Tỉnh Đồng Nai", UnitKind.TINH, null));

    private FakeUnits() {}

    static AdminUnitService service() {
        return (AdminUnitService) Proxy.newProxyInstance(
                AdminUnitService.class.getClassLoader(),
                new Class<?>[] {AdminUnitService.class},
                (p, m, args) -> switch (m.getName()) {
                    case "find" -> Optional.ofNullable(UNITS.get((Long) args[0]));
                    case "namesOf" ->
                        ((Collection<?>) args[0])
                                .stream()
                                        .filter(UNITS::containsKey)
                                        .distinct()
                                        .collect(Collectors.toMap(
                                                id -> (Long) id,
                                                id -> UNITS.get(id).name()));
                    case "inForce" ->
                        UNITS.values().stream()
                                .filter(u -> u.level() == args[0] && u.isValidOn((LocalDate) args[2]))
                                .toList();
                    case "withPredecessors" ->
                        (Long) args[0] == COMMUNE
                                ? java.util.Set.of(COMMUNE, RETIRED_COMMUNE)
                                : java.util.Set.of((Long) args[0]);
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private static AdminUnitView unit(long id, String name, UnitKind kind, LocalDate validTo) {
        return new AdminUnitView(
                id,
                "X-" + id,
                name,
                kind.level(),
                kind,
                null,
                null,
                LocalDate.of(2025, 7, 1).minusYears(validTo == null ? 0 : 10),
                validTo,
                null,
                null,
                0);
    }
}
