package vn.vigil.core.api.unit;

import java.util.Set;

/** Legal type of a unit within its level (tỉnh, thành phố, phường, xã, đặc khu…). */
public enum UnitKind {
    TINH(UnitLevel.PROVINCE),
    THANH_PHO(UnitLevel.PROVINCE),
    THANH_PHO_THUOC_TINH(UnitLevel.DISTRICT),
    THI_XA(UnitLevel.DISTRICT),
    HUYEN(UnitLevel.DISTRICT),
    QUAN(UnitLevel.DISTRICT),
    PHUONG(UnitLevel.COMMUNE),
    XA(UnitLevel.COMMUNE),
    DAC_KHU(UnitLevel.COMMUNE),
    THI_TRAN(UnitLevel.COMMUNE),
    THON(UnitLevel.VILLAGE),
    AP(UnitLevel.VILLAGE),
    TO_DAN_PHO(UnitLevel.VILLAGE);

    private final UnitLevel level;

    UnitKind(UnitLevel level) {
        this.level = level;
    }

    public UnitLevel level() {
        return level;
    }

    /** Levels a unit of the given level may sit under. */
    public static Set<UnitLevel> allowedParentLevels(UnitLevel level) {
        return switch (level) {
            case PROVINCE -> Set.of();
            case DISTRICT -> Set.of(UnitLevel.PROVINCE);
            case COMMUNE -> Set.of(UnitLevel.PROVINCE, UnitLevel.DISTRICT);
            case VILLAGE -> Set.of(UnitLevel.COMMUNE);
        };
    }
}
