package vn.vigil.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.unit.UnitKind;
import vn.vigil.core.api.unit.UnitLevel;

/** Provinces, districts, communes and villages: where each may sit, and how a unit is retired into another. */
class AdministrativeUnitTest {

    private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    private static final LocalDate LAST_DAY_BEFORE = MERGER.minusDays(1);
    private static final LocalDate LONG_AGO = LocalDate.of(1976, 1, 1);

    @ParameterizedTest(name = "a {0} under a {1}: allowed {2}")
    @CsvSource({
        "HUYEN,                TINH,                 true",
        "THANH_PHO_THUOC_TINH, THANH_PHO,            true",
        "HUYEN,                QUAN,                 false",
        "HUYEN,                PHUONG,               false",
        "XA,                   TINH,                 true",
        "PHUONG,               THANH_PHO,            true",
        "PHUONG,               QUAN,                 true",
        "DAC_KHU,              TINH,                 true",
        "THI_TRAN,             HUYEN,                true",
        "XA,                   PHUONG,               false",
        "XA,                   THON,                 false",
        "THON,                 XA,                   true",
        "TO_DAN_PHO,           PHUONG,               true",
        "AP,                   HUYEN,                false",
        "AP,                   TINH,                 false",
        "TINH,                 TINH,                 false",
        "THANH_PHO,            XA,                   false",
    })
    void aUnitSitsOnlyUnderALevelAbove(UnitKind kind, UnitKind parentKind, boolean allowed) {
        AdministrativeUnit parent = unit("P1", "Cấp trên", parentKind, LONG_AGO);

        ThrowingCallable create = () -> new AdministrativeUnit("C1", "Cấp dưới", kind, parent, MERGER);

        if (allowed) {
            assertThatCode(create).doesNotThrowAnyException();
        } else {
            assertRefused(create, "unit.parentLevelInvalid");
        }
    }

    @ParameterizedTest(name = "a {0} without a parent is refused")
    @CsvSource({"HUYEN", "XA", "PHUONG", "THON"})
    void onlyAProvinceHasNoParent(UnitKind kind) {
        assertRefused(() -> new AdministrativeUnit("C1", "Mồ côi", kind, null, MERGER), "unit.parentRequired");
    }

    @Test
    void aProvinceTakesItsLevelFromItsKindAndFoldsItsName() {
        AdministrativeUnit province = new AdministrativeUnit(" 75 ", "Tỉnh  Đồng Nai", UnitKind.TINH, null, MERGER);

        assertThat(province.code()).isEqualTo("75");
        assertThat(province.name()).isEqualTo("Tỉnh Đồng Nai");
        assertThat(province.level()).isEqualTo(UnitLevel.PROVINCE);
        assertThat(province.kind()).isEqualTo(UnitKind.TINH);
        assertThat(province.parentId()).isNull();
        assertThat(province.validFrom()).isEqualTo(MERGER);
        assertThat(province.validTo()).isNull();
        assertThat(province.isValidOn(LocalDate.of(2100, 1, 1))).isTrue();
    }

    @Test
    void aCommunePointsToItsParent() {
        AdministrativeUnit province = withId(unit("75", "Tỉnh Đồng Nai", UnitKind.TINH, MERGER), 75L);

        AdministrativeUnit commune =
                new AdministrativeUnit("75-001", "Phường Biên Hòa", UnitKind.PHUONG, province, MERGER);

        assertThat(commune.parentId()).isEqualTo(75L);
        assertThat(commune.level()).isEqualTo(UnitLevel.COMMUNE);
    }

    @Test
    void theParentMustBeInForceWhenTheUnitStarts() {
        AdministrativeUnit newProvince = unit("75", "Tỉnh Đồng Nai", UnitKind.TINH, MERGER);
        AdministrativeUnit oldProvince = unit("70", "Tỉnh Bình Phước", UnitKind.TINH, LONG_AGO);
        oldProvince.retire(LAST_DAY_BEFORE, null);

        assertRefused(
                () -> new AdministrativeUnit("X1", "Xã sớm", UnitKind.XA, newProvince, LAST_DAY_BEFORE),
                "unit.parentNotInForce");
        assertRefused(
                () -> new AdministrativeUnit("X2", "Xã muộn", UnitKind.XA, oldProvince, MERGER),
                "unit.parentNotInForce");
        assertThatCode(() -> new AdministrativeUnit("X3", "Xã cũ", UnitKind.XA, oldProvince, LAST_DAY_BEFORE))
                .doesNotThrowAnyException();
    }

    @Test
    void aUnitCannotBeItsOwnParent() {
        AdministrativeUnit district = withId(
                unit(
                        "731",
                        "Thành phố Biên Hòa",
                        UnitKind.HUYEN,
                        LONG_AGO,
                        withId(unit("75", "Tỉnh Đồng Nai", UnitKind.TINH, LONG_AGO), 1L)),
                2L);

        assertRefused(
                () -> district.describe("731", "Thành phố Biên Hòa", UnitKind.THANH_PHO_THUOC_TINH, district, LONG_AGO),
                "unit.parentInvalid");
    }

    @Test
    void requiredFieldsAreChecked() {
        assertRefused(() -> new AdministrativeUnit(" ", "Tên", UnitKind.TINH, null, MERGER), "validation.required");
        assertRefused(() -> new AdministrativeUnit("01", null, UnitKind.TINH, null, MERGER), "validation.required");
        assertRefused(() -> new AdministrativeUnit("01", "Tên", null, null, MERGER), "validation.required");
        assertRefused(() -> new AdministrativeUnit("01", "Tên", UnitKind.TINH, null, null), "validation.required");
        assertRefused(
                () -> new AdministrativeUnit("x".repeat(17), "Tên", UnitKind.TINH, null, MERGER), "validation.tooLong");
        assertThatCode(() -> new AdministrativeUnit("x".repeat(16), "Tên", UnitKind.TINH, null, MERGER))
                .doesNotThrowAnyException();
    }

    @Test
    void retiringIntoASuccessorInForceTheNextDay() {
        AdministrativeUnit former = unit("70", "Tỉnh Bình Phước", UnitKind.TINH, LONG_AGO);
        AdministrativeUnit successor = withId(unit("75", "Tỉnh Đồng Nai", UnitKind.TINH, MERGER), 75L);

        former.retire(LAST_DAY_BEFORE, successor);

        assertThat(former.validTo()).isEqualTo(LAST_DAY_BEFORE);
        assertThat(former.successorId()).isEqualTo(75L);
        assertThat(former.isValidOn(LONG_AGO)).isTrue();
        assertThat(former.isValidOn(LAST_DAY_BEFORE)).isTrue();
        assertThat(former.isValidOn(MERGER)).isFalse();
        assertThat(former.isValidOn(LONG_AGO.minusDays(1))).isFalse();
    }

    @Test
    void retiringWithoutASuccessor() {
        AdministrativeUnit former = unit("70", "Tỉnh Bình Phước", UnitKind.TINH, LONG_AGO);

        former.retire(LAST_DAY_BEFORE, null);

        assertThat(former.validTo()).isEqualTo(LAST_DAY_BEFORE);
        assertThat(former.successorId()).isNull();
    }

    @Test
    void aUnitMayLastOneDay() {
        AdministrativeUnit brief = unit("99", "Tỉnh một ngày", UnitKind.TINH, MERGER);

        brief.retire(MERGER, null);

        assertThat(brief.isValidOn(MERGER)).isTrue();
        assertThat(brief.isValidOn(MERGER.plusDays(1))).isFalse();
    }

    @Test
    void aSuccessorNotYetOrNoLongerInForceIsRefused() {
        AdministrativeUnit former = unit("70", "Tỉnh Bình Phước", UnitKind.TINH, LONG_AGO);
        AdministrativeUnit tooLate = unit("75", "Tỉnh Đồng Nai", UnitKind.TINH, MERGER.plusDays(1));
        AdministrativeUnit alreadyGone = unit("71", "Tỉnh cũ", UnitKind.TINH, LONG_AGO);
        alreadyGone.retire(LocalDate.of(2000, 12, 31), null);

        assertRefused(() -> former.retire(LAST_DAY_BEFORE, tooLate), "unit.successorNotInForce");
        assertRefused(() -> former.retire(LAST_DAY_BEFORE, alreadyGone), "unit.successorNotInForce");
        assertThat(former.validTo()).as("a refused retirement changes nothing").isNull();
        assertThat(former.successorId()).isNull();
    }

    @Test
    void aRetiredUnitCanBeReopened() {
        AdministrativeUnit former = unit("70", "Tỉnh Bình Phước", UnitKind.TINH, LONG_AGO);
        former.retire(LAST_DAY_BEFORE, withId(unit("75", "Tỉnh Đồng Nai", UnitKind.TINH, MERGER), 75L));

        former.reopen();

        assertThat(former.validTo()).isNull();
        assertThat(former.successorId()).isNull();
        assertThat(former.isValidOn(MERGER)).isTrue();
    }

    @Test
    void aUnitCannotSucceedItself() {
        AdministrativeUnit unit = withId(unit("70", "Tỉnh Bình Phước", UnitKind.TINH, LONG_AGO), 70L);

        assertRefused(() -> unit.retire(LAST_DAY_BEFORE, unit), "unit.successorInvalid");
    }

    @Test
    void aPeriodCannotEndBeforeItStarts() {
        AdministrativeUnit unit = unit("75", "Tỉnh Đồng Nai", UnitKind.TINH, MERGER);

        assertRefused(() -> unit.retire(LAST_DAY_BEFORE, null), "unit.periodInvalid");
        assertRefused(() -> unit.retire(null, null), "validation.required");
        assertThat(unit.validTo()).isNull();
    }

    @Test
    void movingTheStartPastTheEndIsRefused() {
        AdministrativeUnit unit = unit("70", "Tỉnh Bình Phước", UnitKind.TINH, LONG_AGO);
        unit.retire(LAST_DAY_BEFORE, null);

        assertRefused(() -> unit.describe("70", "Tỉnh Bình Phước", UnitKind.TINH, null, MERGER), "unit.periodInvalid");
        assertThat(unit.validFrom()).isEqualTo(LONG_AGO);
    }

    private static AdministrativeUnit unit(String code, String name, UnitKind kind, LocalDate from) {
        return unit(code, name, kind, from, null);
    }

    private static AdministrativeUnit unit(
            String code, String name, UnitKind kind, LocalDate from, AdministrativeUnit parent) {
        if (parent == null && kind.level() != UnitLevel.PROVINCE) {
            AdministrativeUnit top = unit("P" + code, "Cấp trên", topKindFor(kind.level()), LONG_AGO);
            return new AdministrativeUnit(code, name, kind, top, from);
        }
        return new AdministrativeUnit(code, name, kind, parent, from);
    }

    private static UnitKind topKindFor(UnitLevel level) {
        return level == UnitLevel.VILLAGE ? UnitKind.XA : UnitKind.TINH;
    }

    /** Ids come from the database; set one as if the unit had been stored. */
    static AdministrativeUnit withId(AdministrativeUnit unit, long id) {
        try {
            Field field = AdministrativeUnit.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(unit, id);
            return unit;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(ThrowingCallable action, String messageKey) {
        assertThatThrownBy(action)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }
}
