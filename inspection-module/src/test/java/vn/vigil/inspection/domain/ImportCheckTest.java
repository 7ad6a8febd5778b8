package vn.vigil.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vigil.core.api.DomainException;
import vn.vigil.core.api.unit.AdminUnitView;
import vn.vigil.core.api.unit.UnitKind;
import vn.vigil.inspection.api.ImportProblem;

/** Each rule a row can break, as a table: the changed cell and the reason the dry run gives. */
class ImportCheckTest {

    static final List<String> HEADER =
            Stream.of(ImportColumn.values()).map(ImportColumn::headerName).toList();
    static final List<String> GOOD = List.of(
            "Karaoke Sao Mai",
            "karaoke",
            "3601234567",
            "Nguyễn Văn An",
            "",
            "0251 3822 111",
            "Số 12 đường Võ Thị Sáu",
            "X-7501",
            "10.950123",
            "106.820456",
            "01/07/2025",
            "30/06/2030");

    final ImportCheck check = new ImportCheck(
            List.of(line(1L, "KARAOKE", true), line(2L, "DIM_CAFE", false)),
            new CommunesInForce(List.of(
                    commune(7501, "X-7501", "Phường Trấn Biên"),
                    commune(7503, "X-7503", "Xã Phú Hòa"),
                    commune(7504, "X-7504", "Xã Phú Hòa"))),
            Set.of("TAKEN-1"),
            Set.of(NameAndAddress.of("Massage Hoàng Gia", "Số 7 đường Lê Lợi")));

    static Stream<Arguments> badRows() {
        return Stream.of(
                bad(ImportColumn.NAME, "", "validation.required", "name"),
                bad(ImportColumn.NAME, "x".repeat(201), "validation.tooLong", "name", 200),
                bad(ImportColumn.BUSINESS_LINE_CODE, "", "validation.required", "establishment.businessLine"),
                bad(ImportColumn.BUSINESS_LINE_CODE, "CASINO", "import.businessLineUnknown", "CASINO"),
                bad(ImportColumn.BUSINESS_LINE_CODE, "DIM_CAFE", "establishment.businessLineInactive", "DIM_CAFE"),
                bad(ImportColumn.REGISTRATION_NO, "TAKEN-1", "import.registrationTaken", "TAKEN-1"),
                bad(ImportColumn.PHONE, "call me", "establishment.phoneInvalid", "call me"),
                bad(ImportColumn.ADDRESS, " ", "validation.required", "address"),
                bad(ImportColumn.COMMUNE_CODE, "", "validation.required", "establishment.commune"),
                bad(ImportColumn.COMMUNE_CODE, "X-9999", "import.communeUnknown", "X-9999"),
                bad(ImportColumn.COMMUNE_CODE, "Xa Phu Hoa", "import.communeAmbiguous", "Xa Phu Hoa"),
                bad(ImportColumn.LATITUDE, "", "establishment.gpsIncomplete"),
                bad(ImportColumn.LATITUDE, "mười", "import.numberInvalid", "import.latitude", "mười"),
                bad(ImportColumn.LATITUDE, "48.85", "establishment.gpsOutsideVietnam"),
                bad(
                        ImportColumn.LICENCE_VALID_FROM,
                        "2025-07-01",
                        "import.dayInvalid",
                        "establishment.licenceValidFrom",
                        "2025-07-01"),
                bad(
                        ImportColumn.LICENCE_VALID_UNTIL,
                        "31/02/2030",
                        "import.dayInvalid",
                        "establishment.licenceValidUntil",
                        "31/02/2030"),
                bad(ImportColumn.LICENCE_VALID_UNTIL, "30/06/2020", "establishment.licencePeriodReversed"));
    }

    @ParameterizedTest(name = "{0} = \"{1}\" gives {2}")
    @MethodSource("badRows")
    void reportsEachBrokenRuleAsTheRowsReason(ImportColumn column, String value, String key, List<Object> args) {
        List<String> cells = new ArrayList<>(GOOD);
        cells.set(column.ordinal(), value);

        ImportCheck.Outcome outcome = check.check(table(cells));

        assertThat(outcome.rowCount()).isEqualTo(1);
        assertThat(outcome.accepted()).isEmpty();
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.rowNumber()).isEqualTo(2);
            assertThat(p.messageKey()).isEqualTo(key);
            assertThat(p.args()).containsExactlyElementsOf(args);
            assertThat(p.cells()).isEqualTo(cells);
        });
    }

    @Test
    void acceptsAGoodRowResolvingLineAndCommuneAndReadingDaysAndGps() {
        ImportCheck.Accepted row = check.check(table(GOOD)).accepted().get(0);

        assertThat(row.details().businessLineId()).isEqualTo(1L);
        assertThat(row.details().communeId()).isEqualTo(7501L);
        assertThat(row.details().licenceValidFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(row.details().legalRepresentative()).isNull();
        assertThat(row.point().latitude()).isEqualByComparingTo("10.950123");
    }

    @Test
    void findsACommuneByItsUniqueNameWhenNoCodeMatches() {
        List<String> cells = new ArrayList<>(GOOD);
        cells.set(ImportColumn.COMMUNE_CODE.ordinal(), "phuong tran bien");

        assertThat(check.check(table(cells)).accepted().get(0).details().communeId())
                .isEqualTo(7501L);
    }

    @Test
    void refusesARegistrationNumberRepeatedInTheFileNamingTheFirstRowAndSkipsBlankRows() {
        List<String> blank = GOOD.stream().map(c -> " ").toList();
        ImportTable table = new ImportTable(
                HEADER,
                List.of(new ImportTable.Row(2, GOOD), new ImportTable.Row(3, blank), new ImportTable.Row(4, GOOD)));

        ImportCheck.Outcome outcome = check.check(table);

        assertThat(outcome.rowCount()).isEqualTo(2);
        assertThat(outcome.problems())
                .extracting(ImportProblem::rowNumber, ImportProblem::messageKey, ImportProblem::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        4, "import.registrationRepeated", List.of("3601234567", 2)));
    }

    @Test
    void warnsOfARowWhoseNameAndAddressAreRegisteredAlreadyYetAcceptsIt() {
        List<String> cells = new ArrayList<>(GOOD);
        cells.set(ImportColumn.NAME.ordinal(), "MASSAGE HOANG GIA");
        cells.set(ImportColumn.ADDRESS.ordinal(), "số 7  đường lê lợi");

        ImportCheck.Outcome outcome = check.check(table(cells));

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.accepted()).hasSize(1);
        assertThat(outcome.warnings())
                .extracting(ImportProblem::rowNumber, ImportProblem::messageKey, ImportProblem::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        2, "import.duplicateRegistered", List.of("MASSAGE HOANG GIA", "số 7 đường lê lợi")));
    }

    @Test
    void warnsOfARowRepeatingTheNameAndAddressOfAnEarlierRowWrittenDifferently() {
        List<String> again = new ArrayList<>(GOOD);
        again.set(ImportColumn.REGISTRATION_NO.ordinal(), "3609999999");
        again.set(ImportColumn.NAME.ordinal(), "karaoke sao mai");
        ImportTable table =
                new ImportTable(HEADER, List.of(new ImportTable.Row(2, GOOD), new ImportTable.Row(3, again)));

        ImportCheck.Outcome outcome = check.check(table);

        assertThat(outcome.accepted()).hasSize(2);
        assertThat(outcome.warnings())
                .extracting(ImportProblem::rowNumber, ImportProblem::messageKey, ImportProblem::args)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        3, "import.duplicateInFile", List.of("karaoke sao mai", 2)));
        assertThat(ImportCheck.namesAndAddresses(table))
                .containsExactly(NameAndAddress.of("Karaoke Sao Mai", "Số 12 đường Võ Thị Sáu"));
    }

    @Test
    void acceptsVietnameseHeadersAndRefusesAHeaderWithoutAColumn() {
        List<String> vietnamese = List.of(
                "Tên cơ sở",
                "Mã ngành nghề",
                "Số đăng ký",
                "Chủ cơ sở",
                "Người đại diện theo pháp luật",
                "Số điện thoại",
                "Địa chỉ",
                "Mã xã",
                "Vĩ độ",
                "Kinh độ",
                "Giấy phép hiệu lực từ",
                "Giấy phép hiệu lực đến");
        assertThat(ImportColumn.locate(vietnamese)).hasSize(ImportColumn.values().length);

        assertThatThrownBy(() -> ImportColumn.locate(HEADER.subList(0, 6)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.columnsMissing");
                    assertThat(e.arguments()).containsExactly("address, commune_code");
                });
    }

    @Test
    void acceptsAFileWithOnlyTheRequiredColumnsReadingTheOthersAsBlank() {
        List<String> header = List.of("Tên cơ sở", "business_line_code", "Địa chỉ", "Mã xã");
        ImportTable table = new ImportTable(
                header, List.of(new ImportTable.Row(2, List.of("Karaoke Sao Mai", "KARAOKE", "Số 3", "X-7501"))));

        ImportCheck.Outcome outcome = check.check(table);

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.accepted()).singleElement().satisfies(row -> {
            assertThat(row.details().registrationNo()).isNull();
            assertThat(row.details().licenceValidFrom()).isNull();
        });
        assertThat(ImportCheck.registrationNumbers(table)).isEmpty();
    }

    private static Arguments bad(ImportColumn column, String value, String key, Object... args) {
        return Arguments.of(column, value, key, List.of(args));
    }

    private static ImportTable table(List<String> cells) {
        return new ImportTable(HEADER, List.of(new ImportTable.Row(2, cells)));
    }

    private static BusinessLine line(long id, String code, boolean active) {
        BusinessLine line = new BusinessLine(code, code, code, 50, false);
        line.describe(code, code, code, 50, false, active);
        setId(line, id);
        return line;
    }

    /** Lines get their ids from the database; this test has none. */
    private static void setId(BusinessLine line, long id) {
        try {
            Field f = BusinessLine.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(line, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AdminUnitView commune(long id, String code, String name) {
        return new AdminUnitView(
                id,
                code,
                name,
                UnitKind.PHUONG.level(),
                UnitKind.PHUONG,
                75L,
                null,
                LocalDate.of(2025, 7, 1),
                null,
                null,
                null,
                0);
    }
}
