package vn.vigil.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.vigil.web.i18n.Bundles;

/** The three writers: what Excel, POI and a PDF reader find in the files they write. */
class ExportWritersTest {

    private static final List<String> HEADER = List.of("Tên cơ sở", "Điểm nguy cơ", "Ngày");

    @Test
    void csvStartsWithAByteOrderMarkAndQuotesWhatNeedsIt() throws IOException {
        byte[] file = write(
                ExportFormat.CSV,
                List.of(
                        row("Karaoke Hoa Hồng, chi nhánh 2", 87, LocalDate.of(2026, 7, 30)),
                        row("Nhà nghỉ \"Bình An\"", -3, null),
                        row("dòng một\ndòng hai", 0L, LocalDateTime.of(2026, 12, 6, 9, 5)),
                        row("=HYPERLINK(\"http://x\")", 12, null)));
        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        assertThat(text)
                .isEqualTo("Tên cơ sở,Điểm nguy cơ,Ngày\r\n"
                        + "\"Karaoke Hoa Hồng, chi nhánh 2\",87,2026-07-30\r\n"
                        + "\"Nhà nghỉ \"\"Bình An\"\"\",-3,\r\n"
                        + "\"dòng một\ndòng hai\",0,2026-12-06 09:05\r\n"
                        + "\"'=HYPERLINK(\"\"http://x\"\")\",12,\r\n");
    }

    @Test
    void xlsxHoldsNumbersAsNumbersAndDaysAsDates() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 250; i++) { // more than the streaming window
            rows.add(row("Cơ sở " + i, i, LocalDate.of(2026, 1, 1).plusDays(i)));
        }
        byte[] file = write(ExportFormat.XLSX, rows);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Danh sách thử");
            assertThat(sheet.getLastRowNum()).isEqualTo(250);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Tên cơ sở");
            Row last = sheet.getRow(250);
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("Cơ sở 249");
            assertThat(last.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(last.getCell(1).getNumericCellValue()).isEqualTo(249.0);
            assertThat(DateUtil.isCellDateFormatted(last.getCell(2))).isTrue();
            assertThat(last.getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 1, 1).plusDays(249));
        }
    }

    @Test
    void pdfSaysWhenItHoldsOnlyTheFirstRows() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter pdf = ExportFormat.PDF.writer(out, Bundles.VIETNAMESE)) {
            pdf.header("Danh sách thử", HEADER);
            pdf.row(row("Karaoke Hoa Hồng", 87L, LocalDate.of(2026, 7, 30)));
            pdf.finish(12_345);
        }
        String text = text(out.toByteArray());
        assertThat(text).contains("Danh sách thử", "Karaoke Hoa Hồng", "30/07/2026");
        assertThat(text.replaceAll("\\s+", " ")).contains("chỉ in 1 dòng đầu trong 12.345 dòng");
    }

    @Test
    void pdfStopsAtItsCap() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter pdf = new PdfTable(out, Locale.ENGLISH, 250)) {
            pdf.header("Test list", HEADER);
            int written = 0;
            while (pdf.row(row("Row " + written, written, null))) {
                written++;
            }
            assertThat(written + 1).isEqualTo(250);
            assertThat(pdf.row(row("one more", 0, null))).isFalse();
            pdf.finish(5_001);
        }
        assertThat(lastPage(out.toByteArray()).replaceAll("\\s+", " ")).contains("first 250 of the list's 5,001 rows");
    }

    private static byte[] write(ExportFormat format, List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = format.writer(out, Bundles.VIETNAMESE)) {
            writer.header("Danh sách thử", HEADER);
            for (List<Object> row : rows) {
                writer.row(row);
            }
            writer.finish(rows.size());
        }
        return out.toByteArray();
    }

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static String lastPage(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            return new PdfTextExtractor(reader).getTextFromPage(reader.getNumberOfPages());
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString();
        }
    }
}
