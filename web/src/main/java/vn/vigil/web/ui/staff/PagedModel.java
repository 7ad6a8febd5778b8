package vn.vigil.web.ui.staff;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;

/**
 * A lazy table model over a service's paged search: each page the table shows costs one service call, which
 * returns both the rows and the total. Filters live in the backing bean, not in the table.
 */
public final class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of rows for the current filters. */
    @FunctionalInterface
    public interface Source<T> extends Serializable {
        Page<T> fetch(PageRequest request);
    }

    /** The value that identifies a row, e.g. its database id. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Source<T> source;
    private final Key<T> key;
    private int total;

    public PagedModel(Source<T> source, Key<T> key) {
        this.source = source;
        this.key = key;
    }

    /** The total of the last page loaded; the table asks before loading and corrects itself after. */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return total;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<T> page = source.fetch(new PageRequest(first / pageSize, pageSize));
        total = (int) Math.min(Integer.MAX_VALUE, page.total());
        setRowCount(total);
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        if (rows == null) {
            return null;
        }
        return rows.stream()
                .filter(row -> Objects.equals(getRowKey(row), rowKey))
                .findFirst()
                .orElse(null);
    }
}
