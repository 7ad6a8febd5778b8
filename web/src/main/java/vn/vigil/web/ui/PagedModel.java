package vn.vigil.web.ui;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.util.Callbacks.SerializableSupplier;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.web.StoppedStatement;

/**
 * A lazy table model over a service method that returns a page together with its total. PrimeFaces asks for the
 * count and then for the rows; this answers both with one service call per page shown, asking again for the total
 * only when the filter has changed (the first page, fetched for the count, then serves the rows). The page after one
 * shown is read from that page's cursor (keyset paging), so paging on through a long list stays as fast as its first
 * page; a jump to a page far off reads it by number.
 *
 * <p>When the database stops the query at its time or lock ceiling, the table shows no rows and the person is told
 * why (a narrower filter, or a moment's wait) on the same page, once per request: the rows asked for right after the
 * count are not fetched again, and the next request (the same filter once more, or another) tries afresh. The list is
 * filled while the page is written, too late for the exception handler to show a message.
 *
 * @param <Q> the filter, compared with {@code equals} (a record)
 * @param <T> a row
 */
public class PagedModel<Q, T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private static final int MAX_CURSORS = 200;

    /** The service call: one page of what matches a filter. */
    @FunctionalInterface
    public interface Source<Q, T> extends Serializable {
        Page<T> fetch(Q filter, PageRequest page);
    }

    /** What the person is told, and the log, when the database stopped the query. */
    @FunctionalInterface
    interface Explanation extends Serializable {
        void of(StoppedStatement stopped);
    }

    /** The value that identifies a row (its id), for selection and row actions. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final SerializableSupplier<Q> filter;
    private final Source<Q, T> source;
    private final int rows;
    private final Key<T> key;
    private final Explanation explanation;

    private Q counted;
    private long total;
    private boolean stopped;
    private boolean totalExact = true;
    private transient Page<T> prefetched;

    /** The cursor that continues after each page shown (by page index), for the filter counted and one page size. */
    private final HashMap<Integer, String> nextAfter = new HashMap<>();

    private int cursorsOfSize;

    /** {@code rows}: the table's page size, used for the first page fetched with the count. */
    public PagedModel(SerializableSupplier<Q> filter, Source<Q, T> source, int rows, Key<T> key) {
        this(filter, source, rows, key, FacesMessages::stopped);
    }

    PagedModel(SerializableSupplier<Q> filter, Source<Q, T> source, int rows, Key<T> key, Explanation explanation) {
        this.filter = filter;
        this.source = source;
        this.rows = rows;
        this.key = key;
        this.explanation = explanation;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Q current = filter.get();
        if (!current.equals(counted) || stopped) {
            stopped = false;
            nextAfter.clear();
            prefetched = fetch(current, new PageRequest(0, rows));
            remember(prefetched);
            counted = current;
            total = prefetched.total();
            totalExact = prefetched.totalExact();
        }
        return (int) Math.min(total, Integer.MAX_VALUE);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Q current = filter.get();
        if (!current.equals(counted) || pageSize != cursorsOfSize) {
            nextAfter.clear();
        }
        int index = first / pageSize;
        // the page after one shown continues from its cursor: as fast far down the list as at its top
        String cursor = index == 0 ? null : nextAfter.get(index - 1);
        PageRequest request =
                cursor == null ? new PageRequest(index, pageSize) : PageRequest.continuing(cursor, pageSize);
        Page<T> page = isPrefetched(current, request) ? prefetched : fetch(current, request);
        remember(page);
        prefetched = null;
        counted = current;
        total = page.total();
        totalExact = page.totalExact();
        setRowCount((int) Math.min(total, Integer.MAX_VALUE));
        return page.items();
    }

    private Page<T> fetch(Q current, PageRequest request) {
        try {
            return source.fetch(current, request);
        } catch (RuntimeException failure) {
            explanation.of(StoppedStatement.in(failure).orElseThrow(() -> failure));
            stopped = true;
            return new Page<>(List.of(), 0, request.page(), request.size());
        }
    }

    private void remember(Page<T> page) {
        if (nextAfter.size() >= MAX_CURSORS) {
            nextAfter.clear();
        }
        cursorsOfSize = page.size();
        if (page.next() != null) {
            nextAfter.put(page.page(), page.next());
        }
    }

    private boolean isPrefetched(Q current, PageRequest request) {
        return prefetched != null
                && current.equals(counted)
                && prefetched.page() == request.page()
                && prefetched.size() == request.size();
    }

    /** False when the list was too long to count: the total is then the database's estimate. */
    public boolean isTotalExact() {
        return totalExact;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> shown = getWrappedData();
        if (shown == null) {
            return null;
        }
        return shown.stream()
                .filter(row -> getRowKey(row).equals(rowKey))
                .findFirst()
                .orElse(null);
    }
}
