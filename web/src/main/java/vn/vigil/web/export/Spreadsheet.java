package vn.vigil.web.export;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX sheet written row by row with POI's streaming writer: only a window of {@value #WINDOW} rows is in memory,
 * the rest goes to a compressed temporary file that is deleted when the workbook is closed. Numbers are numbers
 * (Excel sums them), days are dates; a hidden count is its text ("&lt;5").
 */
public final class Spreadsheet implements TableWriter {

    /** Rows kept in memory while writing. */
    static final int WINDOW = 100;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final CellStyle day;
    private final CellStyle time;
    private SXSSFSheet sheet;
    private int next;

    Spreadsheet(OutputStream out) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        day = workbook.createCellStyle();
        day.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        time = workbook.createCellStyle();
        time.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
    }

    /** A whole small table (a period's figures) as an answer body. */
    public static StreamingOutput of(String sheetName, List<String> header, List<List<Object>> rows) {
        return out -> {
            try (Spreadsheet sheet = new Spreadsheet(out)) {
                sheet.header(sheetName, header);
                for (List<Object> row : rows) {
                    sheet.row(row);
                }
                sheet.finish(rows.size());
            }
        };
    }

    @Override
    public void header(String title, List<String> columns) {
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(title));
        next = 0;
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row first = sheet.createRow(next++);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = first.createCell(c);
            cell.setCellValue(columns.get(c));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public boolean row(List<Object> cells) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (value instanceof LocalDate d) {
                Cell cell = row.createCell(c);
                cell.setCellValue(d);
                cell.setCellStyle(day);
            } else if (value instanceof LocalDateTime t) {
                Cell cell = row.createCell(c);
                cell.setCellValue(t);
                cell.setCellStyle(time);
            } else if (value != null) {
                row.createCell(c).setCellValue(value.toString());
            }
        }
        return true;
    }

    @Override
    public void finish(long total) throws IOException {
        workbook.write(out);
        out.flush();
    }

    /** Deletes the temporary file of the rows written. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
