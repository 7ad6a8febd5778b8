package vn.vigil.web.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte order mark (Excel reads UTF-8 only then), CRLF line ends, every text cell that
 * holds a comma, a quote or a line break quoted. A text that starts like a formula ({@code = + - @}, a tab or a
 * carriage return) gets a leading apostrophe, so a spreadsheet never runs what someone typed into a name; numbers
 * are written as they are.
 */
final class CsvTable implements TableWriter {

    static final String BOM = "\uFEFF";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Writer out;

    CsvTable(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    }

    @Override
    public void header(String title, List<String> columns) throws IOException {
        out.write(BOM);
        line(List.copyOf(columns));
    }

    @Override
    public boolean row(List<Object> cells) throws IOException {
        line(cells);
        return true;
    }

    private void line(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof LocalDate day) {
            return day.toString();
        }
        if (value instanceof LocalDateTime time) {
            return TIME.format(time);
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    @Override
    public void finish(long total) throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
