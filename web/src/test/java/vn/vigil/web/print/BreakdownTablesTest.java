package vn.vigil.web.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.vigil.reporting.api.BreakdownRow;
import vn.vigil.reporting.api.Breakdowns;
import vn.vigil.reporting.api.PlanFigures;
import vn.vigil.web.export.TitledTables;
import vn.vigil.web.export.TitledTables.Table;

/** The overview's tables as written out: titled and headed in each language, hidden counts kept hidden. */
class BreakdownTablesTest {

    private static final Breakdowns SAMPLE = new Breakdowns(
            List.of(new BreakdownRow("KARAOKE", "Karaoke", "Karaoke bars", List.of(3L, 2L, 1L))),
            List.of(new BreakdownRow("2026-01", "Tháng 1", "January", List.of(4L, 5L, 6L, 7L))),
            List.of(new BreakdownRow("DECIDED", "Đã ra quyết định", "Decided", List.of(2L, 9_000_000L, 0L))),
            List.of(new BreakdownRow("NĐ 282/2025, Điều 15", "Điều 15, khoản 3", "Art. 15(3)", List.of(2L, 1L))),
            List.of(
                    new BreakdownRow("a", "Nhu cầu thiết yếu", "Essential needs", List.of(0L, 0L, 0L), "<5"),
                    new BreakdownRow("b", "Chi phí đi lại", "Travel", List.of(6L, 600_000L, 300_000L))),
            List.of(new BreakdownRow("STATE", "Ngân sách nhà nước", "State budget", List.of(900L, 300L))),
            List.of(new BreakdownRow("1", "Công an tỉnh", "Provincial police", List.of(12L, 1L))),
            List.of(new PlanFigures(
                    1,
                    "01/KH-ĐKTLN",
                    "Kiểm tra cao điểm",
                    "PEAK_PERIOD",
                    LocalDate.of(2026, 7, 1),
                    LocalDate.of(2026, 9, 30),
                    40,
                    10,
                    80,
                    3,
                    5)));

    @Test
    void everyTableHasItsTitleAndColumnsInBothLanguagesAndKeepsHiddenCountsHidden() {
        for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
            List<Table> tables = BreakdownTables.of(SAMPLE, locale);
            assertThat(tables).hasSize(8);
            for (Table table : tables) {
                assertThat(table.title()).as("%s", locale).doesNotStartWith("reports.");
                assertThat(table.columns())
                        .allSatisfy(
                                c -> assertThat(c).doesNotContain("reports.").doesNotContain("indicator."));
                assertThat(table.rows())
                        .allSatisfy(r -> assertThat(r).hasSize(table.columns().size()));
            }
            Table support = tables.get(5);
            assertThat(support.rows().get(0))
                    .containsExactly(
                            locale.getLanguage().equals("en") ? "Essential needs" : "Nhu cầu thiết yếu",
                            "<5",
                            "x",
                            "x");
            assertThat(support.rows().get(1))
                    .containsExactly(
                            locale.getLanguage().equals("en") ? "Travel" : "Chi phí đi lại", 6L, 600_000L, 300_000L);
            assertThat(tables.get(0).rows().get(0)).contains(10L, 40L, "80%");
        }
    }

    @Test
    void theCsvHoldsEachTableUnderItsTitleWithCommasQuoted() {
        String csv = new String(
                TitledTables.csv(BreakdownTables.of(SAMPLE, Locale.forLanguageTag("vi"))), StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFF")
                .contains("\r\nVụ vi phạm theo bước xử lý\r\n")
                .contains("\r\n\"Điều 15, khoản 3\",2,1\r\n")
                .contains("\r\nNhu cầu thiết yếu,<5,x,x\r\n");
        assertThat(csv.split("\r\n\r\n")).hasSize(8);
    }
}
