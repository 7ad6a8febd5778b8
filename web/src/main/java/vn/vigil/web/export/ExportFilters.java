package vn.vigil.web.export;

import java.time.LocalDate;
import java.util.Map;
import vn.vigil.web.rest.QueryParams;

/** The filters of an export asked for over the API, by name, read as the list's own endpoint reads its parameters. */
public record ExportFilters(Map<String, String> values) {

    public ExportFilters {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public static ExportFilters none() {
        return new ExportFilters(Map.of());
    }

    public String text(String name) {
        return values.get(name);
    }

    public Long id(String name) {
        return QueryParams.id(name, values.get(name));
    }

    public Integer integer(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : QueryParams.integer(name, value, 0);
    }

    public LocalDate day(String name) {
        return QueryParams.day(name, values.get(name));
    }

    public boolean yes(String name) {
        return "true".equalsIgnoreCase(values.get(name));
    }

    public <E extends Enum<E>> E choice(Class<E> type, String name) {
        return QueryParams.choice(type, name, values.get(name));
    }
}
