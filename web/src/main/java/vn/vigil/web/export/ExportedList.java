package vn.vigil.web.export;

import java.util.List;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;

/**
 * A list as it is exported: its name (as the REST API calls it), the bundle key of its title, its columns, and how to
 * read it page after page — the same service call, filters and role checks as the page that shows it.
 *
 * @param filters a short description of the filters for the audit log: ids and codes only, never a person's name
 */
public record ExportedList<T>(
        String name, String titleKey, List<ExportColumn<T>> columns, Pages<T> pages, String filters) {

    /** One page of the list, read through the module's api service (which checks the caller's roles). */
    @FunctionalInterface
    public interface Pages<T> {
        Page<T> read(PageRequest request);
    }

    /** A short list its service reads whole (reference data): one page. */
    public static <T> ExportedList<T> whole(
            String name,
            String titleKey,
            List<ExportColumn<T>> columns,
            java.util.function.Supplier<List<T>> rows,
            String filters) {
        return new ExportedList<>(
                name,
                titleKey,
                columns,
                page -> {
                    List<T> all = page.page() == 0 ? rows.get() : List.of();
                    return new Page<>(all, all.size(), 0, Math.max(1, all.size()));
                },
                filters);
    }

    public ExportedList {
        columns = List.copyOf(columns);
        filters = filters == null ? "" : filters;
    }
}
