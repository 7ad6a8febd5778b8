package vn.vigil.inspection.api;

import java.util.List;

/**
 * The outcome of a dry run: how many data rows the file holds, its header (for an error file) and every bad row
 * with its reason.
 */
public record ImportReport(int rowCount, List<String> header, List<ImportProblem> badRows) {

    public ImportReport {
        header = List.copyOf(header);
        badRows = List.copyOf(badRows);
    }

    public boolean clean() {
        return badRows.isEmpty();
    }
}
