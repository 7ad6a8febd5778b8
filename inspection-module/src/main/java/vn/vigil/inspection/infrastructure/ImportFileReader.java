package vn.vigil.inspection.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.vigil.core.api.DomainException;
import vn.vigil.inspection.api.EstablishmentImport;
import vn.vigil.inspection.api.ImportFile;
import vn.vigil.inspection.domain.ImportTable;

/**
 * Reads an uploaded CSV (UTF-8, comma or semicolon separated, quotes as in RFC 4180) or the first sheet of an
 * XLSX workbook into an {@link ImportTable}; row numbers are those a spreadsheet shows (a quoted line break does
 * not start a new row). Refuses an empty file, one over 20 MB, one of another type, and a
 * CSV that is not valid UTF-8.
 */
public final class ImportFileReader {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ImportFileReader() {}

    public static ImportTable read(ImportFile file) {
        if (file.content().length == 0) {
            throw new DomainException("import.fileEmpty");
        }
        if (file.content().length > EstablishmentImport.MAX_FILE_BYTES) {
            throw new DomainException("import.fileTooLarge", EstablishmentImport.MAX_FILE_BYTES / (1024 * 1024));
        }
        ImportTable table;
        if (file.isXlsx()) {
            table = xlsx(file.content());
        } else if (file.isCsv()) {
            table = csv(utf8(file.content()));
        } else {
            throw new DomainException("import.fileType", file.fileName());
        }
        if (table.header().stream().allMatch(String::isBlank)) {
            throw new DomainException("import.fileEmpty");
        }
        return table;
    }

    static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DomainException("import.notUtf8");
        }
    }

    static ImportTable csv(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char separator = separatorOf(body);
        List<List<String>> records = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                lineNumbers.add(records.size());
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
            lineNumbers.add(records.size());
        }
        return table(records, lineNumbers);
    }

    private static char separatorOf(String body) {
        int end = body.indexOf('\n');
        String header = end < 0 ? body : body.substring(0, end);
        return header.chars().filter(c -> c == ';').count()
                        > header.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
    }

    static ImportTable xlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new DomainException("import.fileEmpty");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<List<String>> records = new ArrayList<>();
            List<Integer> lineNumbers = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                records.add(cells);
                lineNumbers.add(row.getRowNum() + 1);
            }
            return table(records, lineNumbers);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException refused) {
                throw refused;
            }
            throw new DomainException("import.xlsxUnreadable");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(DAY);
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return java.math.BigDecimal.valueOf(cell.getNumericCellValue())
                    .stripTrailingZeros()
                    .toPlainString();
        }
        return formatter.formatCellValue(cell);
    }

    private static ImportTable table(List<List<String>> records, List<Integer> lineNumbers) {
        if (records.isEmpty()) {
            throw new DomainException("import.fileEmpty");
        }
        List<ImportTable.Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            rows.add(new ImportTable.Row(lineNumbers.get(i), records.get(i)));
        }
        return new ImportTable(records.get(0), rows);
    }
}
