package vn.vigil.inspection.api;

import java.util.List;

/** The outcome of a dry run: how many data rows the file holds and every bad one with its reason. */
public record ImportReport(int rowCount, List<ImportProblem> badRows) {

    public ImportReport {
        badRows = List.copyOf(badRows);
    }

    public boolean clean() {
        return badRows.isEmpty();
    }
}
