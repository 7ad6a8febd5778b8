package vn.vigil.inspection.api;

import java.util.function.IntConsumer;

/**
 * Bulk registration of establishments from a CSV (UTF-8) or XLSX file with one header row. The rows are checked
 * with the registry's rules (required fields, lengths, business line by code, commune in force by code or by
 * name, unique registration number in the file and in the registry, GPS, licence dates dd/MM/yyyy). The import is
 * all-or-nothing: a file with a single bad row imports nothing, and a failure while saving rolls every row back.
 */
public interface EstablishmentImport {

    /** Largest file accepted, in bytes (20 MB). */
    int MAX_FILE_BYTES = 20 * 1024 * 1024;

    /** Reads and checks every row without saving anything; the report lists each bad row with its reason. */
    ImportReport dryRun(ImportFile file);

    /**
     * Checks the file again and, when no row is bad, registers every row in one transaction and recomputes risk
     * scores once at the end. {@code savedSoFar} hears the number of rows written so far. Returns the number of
     * establishments registered.
     */
    int importAll(ImportFile file, IntConsumer savedSoFar);
}
