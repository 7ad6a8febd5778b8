package vn.vigil.inspection.api;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of a dry run: how many data rows the file holds, its header (for an error file), every bad row with
 * its reason, and warnings about good rows that may duplicate a registered establishment or an earlier row (same
 * name and address); warnings do not stop an import.
 */
public record ImportReport(int rowCount, List<String> header, List<ImportProblem> badRows, List<ImportProblem> warnings)
        implements Serializable {

    public ImportReport {
        header = List.copyOf(header);
        badRows = List.copyOf(badRows);
        warnings = List.copyOf(warnings);
    }

    public boolean clean() {
        return badRows.isEmpty();
    }
}
