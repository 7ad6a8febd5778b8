package vn.vigil.inspection.api;

import java.io.Serializable;
import java.util.List;

/**
 * A bad row: its row number in the file (the header is row 1), its cells as read (in the file's column order, for
 * the error file) and the reason as a message key with arguments.
 */
public record ImportProblem(int rowNumber, List<String> cells, String messageKey, List<Object> args)
        implements Serializable {

    public ImportProblem {
        cells = List.copyOf(cells);
        args = List.copyOf(args);
    }
}
