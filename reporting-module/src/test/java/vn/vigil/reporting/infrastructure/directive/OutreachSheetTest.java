package vn.vigil.reporting.infrastructure.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class OutreachSheetTest {

    @Test
    void readsTheRowsAfterTheHeaderSkippingBlankOnesWithDateCellsAsDates() throws IOException {
        byte[] file;
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("Ngày");
            Row first = sheet.createRow(1);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            first.createCell(0).setCellValue(LocalDate.of(2026, 7, 30));
            first.getCell(0).setCellStyle(date);
            first.createCell(1).setCellValue("Họp dân");
            first.createCell(4).setCellValue(120);
            sheet.createRow(2);
            Row third = sheet.createRow(3);
            third.createCell(0).setCellValue("31/07/2026");
            book.write(out);
            file = out.toByteArray();
        }
        List<OutreachSheet.Line> lines = OutreachSheet.read("tuyen-truyen.xlsx", file);
        assertThat(lines).extracting(OutreachSheet.Line::row).containsExactly(2, 4);
        assertThat(lines.get(0).cell(0)).isEqualTo("30/07/2026");
        assertThat(OutreachSheet.day(lines.get(0).cell(0))).isEqualTo(LocalDate.of(2026, 7, 30));
        assertThat(lines.get(0).cell(4)).isEqualTo("120");
        assertThat(lines.get(1).cell(6)).isEmpty();
        assertThat(OutreachSheet.day("2026-07-31")).isNull();
    }

    @Test
    void refusesWhatIsNotAWorkbook() {
        assertThatThrownBy(() -> OutreachSheet.read("a.xlsx", new byte[0]))
                .hasMessageContaining("outreachImport.empty");
        assertThatThrownBy(() -> OutreachSheet.read("a.csv", "x".getBytes())).hasMessageContaining("notXlsx");
        assertThatThrownBy(() -> OutreachSheet.read("a.xlsx", "not a zip".getBytes()))
                .hasMessageContaining("notXlsx");
    }
}
