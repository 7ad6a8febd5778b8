package vn.vigil.web.export;

import java.util.Locale;
import vn.vigil.core.api.DomainException;

/** The file types a list is exported to. */
public enum ExportFormat {
    /** UTF-8 with a byte order mark, so Excel opens it as UTF-8. */
    CSV("text/csv; charset=UTF-8", "csv"),
    /** Office Open XML workbook written with POI's streaming writer. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** A landscape table for printing, capped at {@link PdfTable#MAX_ROWS} rows with a note saying so. */
    PDF("application/pdf", "pdf");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** {@code csv}, {@code xlsx} or {@code pdf} in any case; anything else is refused with {@code export.format}. */
    public static ExportFormat named(String name) {
        if (name != null) {
            for (ExportFormat format : values()) {
                if (format.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
                    return format;
                }
            }
        }
        throw new DomainException("export.format", String.valueOf(name));
    }

    /** A writer of this format on {@code out}; the caller closes it. */
    TableWriter writer(java.io.OutputStream out, Locale locale) {
        return switch (this) {
            case CSV -> new CsvTable(out);
            case XLSX -> new Spreadsheet(out);
            case PDF -> new PdfTable(out, locale);
        };
    }
}
