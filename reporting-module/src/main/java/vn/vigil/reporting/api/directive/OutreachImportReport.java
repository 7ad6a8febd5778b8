package vn.vigil.reporting.api.directive;

import java.io.Serializable;
import java.util.List;

/** What a spreadsheet of outreach holds: its data rows, how many were imported (0 on a dry run), the bad rows. */
public record OutreachImportReport(int rows, int imported, List<Problem> problems) implements Serializable {

    public OutreachImportReport {
        problems = List.copyOf(problems);
    }

    /** A bad row (numbered as the spreadsheet shows it) and why, as a message key with its arguments. */
    public record Problem(int row, String messageKey, List<Object> args) implements Serializable {

        public Problem {
            args = List.copyOf(args);
        }
    }
}
