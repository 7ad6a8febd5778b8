package vn.vigil.web.export;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A few small titled tables (a page's breakdowns) written as one file: a spreadsheet with a sheet per table, or one
 * CSV with each table under its title and a blank line between tables. Cells are written as the list exports write
 * them (numbers as numbers, formula-like text defused).
 */
public final class TitledTables {

    /** One table: its title, its column headings and its rows. */
    public record Table(String title, List<String> columns, List<List<Object>> rows) {

        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    private TitledTables() {}

    public static StreamingOutput xlsx(List<Table> tables) {
        return out -> {
            try (Spreadsheet sheets = new Spreadsheet(out)) {
                long rows = 0;
                for (Table table : tables) {
                    sheets.header(table.title(), table.columns());
                    for (List<Object> row : table.rows()) {
                        sheets.row(row);
                    }
                    rows += table.rows().size();
                }
                sheets.finish(rows);
            }
        };
    }

    public static byte[] csv(List<Table> tables) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            out.write(CsvTable.BOM);
            boolean first = true;
            for (Table table : tables) {
                if (!first) {
                    out.write("\r\n");
                }
                first = false;
                line(out, List.of(table.title()));
                line(out, table.columns());
                for (List<Object> row : table.rows()) {
                    line(out, row);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void line(Writer out, List<?> cells) throws java.io.IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(CsvTable.cell(cells.get(i)));
        }
        out.write("\r\n");
    }
}
