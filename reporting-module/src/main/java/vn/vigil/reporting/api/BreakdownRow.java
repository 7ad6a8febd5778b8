package vn.vigil.reporting.api;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * One row of a breakdown on the overview: its key (a code, a month "yyyy-MM", a status), its label in Vietnamese and
 * English (names from the catalogues, which are data), and its figures in the order the breakdown documents.
 * {@code shown}, when not null, replaces the first figure: a count of victims' requests below the small-count
 * threshold ("&lt;5"), whose figures are then all 0.
 */
public record BreakdownRow(String key, String labelVi, String labelEn, List<Long> values, String shown)
        implements Serializable {

    public BreakdownRow {
        values = List.copyOf(values);
    }

    public BreakdownRow(String key, String labelVi, String labelEn, List<Long> values) {
        this(key, labelVi, labelEn, values, null);
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) && labelEn != null ? labelEn : labelVi;
    }

    public long value(int i) {
        return values.get(i);
    }
}
