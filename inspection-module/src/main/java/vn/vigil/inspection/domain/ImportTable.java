package vn.vigil.inspection.domain;

import java.util.List;

/** A file's header and data rows as text, whatever its format; each row keeps its row number in the file. */
public record ImportTable(List<String> header, List<Row> rows) {

    public ImportTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public record Row(int number, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell at {@code index}, or "" when the row is shorter. */
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }
}
