package vn.vigil.web.rest.reporting;

import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX sheet written row by row with POI's streaming writer: only a window of rows is in memory, the rest goes to a
 * temporary file that is deleted when the answer has been sent. Numbers are numbers (Excel sums them); a hidden
 * count is its text ("&lt;5").
 */
final class Spreadsheet {

    /** Rows kept in memory while writing. */
    private static final int WINDOW = 100;

    private Spreadsheet() {}

    static StreamingOutput of(String sheetName, List<String> header, List<List<Object>> rows) {
        return out -> {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
                Sheet sheet = workbook.createSheet(sheetName);
                CellStyle bold = workbook.createCellStyle();
                Font font = workbook.createFont();
                font.setBold(true);
                bold.setFont(font);
                Row first = sheet.createRow(0);
                for (int c = 0; c < header.size(); c++) {
                    Cell cell = first.createCell(c);
                    cell.setCellValue(header.get(c));
                    cell.setCellStyle(bold);
                }
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> values = rows.get(r);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (value != null) {
                            row.createCell(c).setCellValue(value.toString());
                        }
                    }
                }
                workbook.write(out);
            }
        };
    }
}
