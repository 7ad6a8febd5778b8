package vn.vigil.inspection.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.EstablishmentImport;
import vn.vigil.inspection.api.ImportFile;
import vn.vigil.inspection.domain.ImportTable;

class ImportFileReaderTest {

    @Test
    void readsQuotedCellsWithSeparatorsQuotesAndLineBreaksKeepingRowNumbers() {
        ImportTable table = read(
                "a.csv", "\uFEFFname,address\r\n\"Karaoke \"\"Sao\"\", Biên Hòa\",\"số 1\nphố 2\"\nNhà nghỉ,số 3\n");

        assertThat(table.header()).containsExactly("name", "address");
        assertThat(table.rows()).extracting(ImportTable.Row::number).containsExactly(2, 3);
        assertThat(table.rows().get(0).cells()).containsExactly("Karaoke \"Sao\", Biên Hòa", "số 1\nphố 2");
        assertThat(table.rows().get(1).cells()).containsExactly("Nhà nghỉ", "số 3");
    }

    @Test
    void acceptsSemicolonSeparatedFilesAsSpreadsheetsSaveThemInVietnam() {
        ImportTable table = read("a.CSV", "Tên cơ sở;Địa chỉ\nA, B;số 1");

        assertThat(table.rows().get(0).cells()).containsExactly("A, B", "số 1");
    }

    @ParameterizedTest(name = "{0} is refused with {1}")
    @CsvSource({"a.csv,import.fileEmpty", "a.txt,import.fileType", "a.xlsx,import.xlsxUnreadable"})
    void refusesFilesItCannotRead(String name, String key) {
        byte[] content = name.equals("a.csv") ? new byte[0] : "name\nx".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ImportFileReader.read(new ImportFile(name, content)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void refusesInvalidUtf8SuchAsAWindows1258Export() {
        byte[] latin = {'n', 'a', 'm', 'e', '\n', 'N', (byte) 0xE0, ' ', 'x'};

        assertThatThrownBy(() -> ImportFileReader.read(new ImportFile("a.csv", latin)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("import.notUtf8"));
    }

    @Test
    void refusesALatin1Export() {
        byte[] latin1 = "name,address\nCafé Hà,Số 1\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> ImportFileReader.read(new ImportFile("a.csv", latin1)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("import.notUtf8"));
    }

    @Test
    void refusesAFileOverTwentyMegabytes() {
        byte[] big = new byte[EstablishmentImport.MAX_FILE_BYTES + 1];

        assertThatThrownBy(() -> ImportFileReader.read(new ImportFile("a.csv", big)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("import.fileTooLarge"));
    }

    @Test
    void readsTheFirstSheetOfAWorkbookWithDatesAsDayMonthYearAndNumbersPlain() throws IOException {
        ImportTable table = read("a.xlsx", workbook());

        assertThat(table.header()).containsExactly("name", "latitude", "licence_valid_from");
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(2);
            assertThat(row.cells()).containsExactly("Nhà nghỉ Hoa Mai", "10.95", "01/07/2025");
        });
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("name");
            header.createCell(1).setCellValue("latitude");
            header.createCell(2).setCellValue("licence_valid_from");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Nhà nghỉ Hoa Mai");
            row.createCell(1).setCellValue(10.95);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d/m/yyyy"));
            row.createCell(2).setCellValue(LocalDate.of(2025, 7, 1));
            row.getCell(2).setCellStyle(date);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static ImportTable read(String name, String text) {
        return read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static ImportTable read(String name, byte[] content) {
        return ImportFileReader.read(new ImportFile(name, content));
    }
}
