package vn.vigil.reporting.api.directive;

/**
 * Outreach activities imported from a spreadsheet (the first sheet of an XLSX; row 1 is the header): date, kind,
 * audiences, commune codes, participants, materials, description. A dry run reads every row and names each bad one
 * with its reason; the import takes the file only when no row is bad, all rows or none, as drafts of the caller's unit.
 */
public interface OutreachImport {

    int MAX_ROWS = 2000;
    int MAX_BYTES = 5 * 1024 * 1024;

    OutreachImportReport dryRun(String fileName, byte[] content);

    /** @throws vn.vigil.core.api.DomainException {@code outreachImport.badRows} when a row is bad (nothing saved) */
    OutreachImportReport importFile(String fileName, byte[] content);
}
