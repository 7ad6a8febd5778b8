package vn.vigil.reporting.infrastructure.directive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.vigil.core.api.DomainException;
import vn.vigil.reporting.api.directive.OutreachImport;

/**
 * The rows of an outreach spreadsheet: the first sheet of an XLSX, row 1 the header, each later row's first seven
 * cells as text (a date cell as dd/MM/yyyy). Blank rows are skipped. Refuses a file that is empty, too large, not an
 * XLSX, or longer than {@link OutreachImport#MAX_ROWS} rows.
 */
public final class OutreachSheet {

    public static final int COLUMNS = 7;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A data row as the spreadsheet numbers it, and its cells. */
    public record Line(int row, List<String> cells) {

        public String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }
    }

    private OutreachSheet() {}

    public static List<Line> read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new DomainException("outreachImport.empty");
        }
        if (content.length > OutreachImport.MAX_BYTES) {
            throw new DomainException("outreachImport.tooLarge", OutreachImport.MAX_BYTES / 1024 / 1024);
        }
        if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new DomainException("outreachImport.notXlsx");
        }
        DataFormatter text = new DataFormatter(Locale.ROOT);
        List<Line> lines = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < COLUMNS; i++) {
                    cells.add(value(row.getCell(i), text));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (lines.size() == OutreachImport.MAX_ROWS) {
                    throw new DomainException("outreachImport.tooManyRows", OutreachImport.MAX_ROWS);
                }
                lines.add(new Line(row.getRowNum() + 1, cells));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw new DomainException("outreachImport.notXlsx");
        }
        return lines;
    }

    /** A date as dd/MM/yyyy, or null when the text is not one. */
    public static LocalDate day(String text) {
        try {
            return LocalDate.parse(text.strip(), DAY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String value(Cell cell, DataFormatter text) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return DAY.format(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        return text.formatCellValue(cell).strip();
    }
}
