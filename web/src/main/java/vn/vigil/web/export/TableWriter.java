package vn.vigil.web.export;

import java.io.IOException;
import java.util.List;

/**
 * A table written row by row to a stream: a title, the header, then rows. Cells are {@link String}s, {@link Number}s
 * (written as numbers where the format has them), {@link java.time.LocalDate}s, {@link java.time.LocalDateTime}s or
 * null (empty). Implementations keep only a bounded number of rows in memory.
 */
interface TableWriter extends AutoCloseable {

    void header(String title, List<String> columns) throws IOException;

    /**
     * Writes one row. Returns false when the format holds no more rows (a PDF's cap): the caller stops reading.
     */
    boolean row(List<Object> cells) throws IOException;

    /** Ends the table: {@code total} rows matched, of which the written ones are in the file. Then close. */
    void finish(long total) throws IOException;

    @Override
    void close() throws IOException;
}
