package vn.vigil.inspection.api;

import java.io.Serializable;
import java.util.Locale;

/** An uploaded file: its name (for its type: .csv or .xlsx) and its bytes. */
public record ImportFile(String fileName, byte[] content) implements Serializable {

    public ImportFile {
        fileName = fileName == null ? "" : fileName.strip();
        content = content == null ? new byte[0] : content;
    }

    public boolean isXlsx() {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    public boolean isCsv() {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
    }
}
