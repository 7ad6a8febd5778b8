package vn.vigil.core.infrastructure.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a seed data file from the class path: UTF-8 CSV with a header row and '#' comment lines. */
final class CsvSeed {

    private CsvSeed() {}

    static List<CSVRecord> read(String resource) {
        try (InputStream in = CsvSeed.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Seed file missing: " + resource);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return CSVFormat.DEFAULT
                    .builder()
                    .setCommentMarker('#')
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read seed file " + resource, e);
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
