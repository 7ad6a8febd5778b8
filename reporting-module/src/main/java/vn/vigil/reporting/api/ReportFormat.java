package vn.vigil.reporting.api;

/** What a scheduled report attaches: the figures as a spreadsheet, or as a printable document. */
public enum ReportFormat {
    /** The figures with their indicator codes, beside the same period a year before (as /api/v1/reports). */
    XLSX,
    /** The figures as an administrative document, one table per area (as the periodic report prints them). */
    PDF
}
