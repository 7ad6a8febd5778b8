package vn.vigil.reporting.api;

import java.util.List;
import java.util.Set;
import vn.vigil.core.api.mail.MailMessage;

/**
 * Writes the e-mail of a scheduled report: its text and the figures attached in the schedule's formats. The web layer
 * implements it (it owns the texts, the spreadsheet and the document layouts). The figures come from {@link
 * ReportFigures}, so small victim counts are already hidden; a composer shows them as hidden ("&lt;5").
 */
public interface ScheduledReportComposer {

    /**
     * What is sent.
     *
     * @param provinceName the province's name, or null for every province
     */
    record Report(String name, String provinceName, Set<ReportFormat> formats, Figures figures) {

        public Report {
            formats = Set.copyOf(formats);
        }
    }

    MailMessage compose(Report report, List<String> to);
}
