package vn.vigil.core.api;

import java.util.List;
import java.util.function.Function;

/**
 * A page of results with the number of matching rows. Counting stops early on long lists: {@code total} is then
 * the database's estimate and {@code totalExact} is false. {@code next}, when there are more rows, is the opaque
 * cursor that continues the list after this page (keyset paging); null on the last page.
 */
public record Page<T>(List<T> items, long total, boolean totalExact, int page, int size, String next) {

    public Page {
        items = List.copyOf(items);
    }

    /** A page with an exact total and no cursor. */
    public Page(List<T> items, long total, int page, int size) {
        this(items, total, true, page, size, null);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, totalExact, page, size, next);
    }

    /** The same page with other rows (the same number, in the same order): names added, for instance. */
    public <R> Page<R> withItems(List<R> rows) {
        return new Page<>(rows, total, totalExact, page, size, next);
    }
}
