package vn.vigil.web.ui;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.vigil.core.api.Page;
import vn.vigil.core.api.PageRequest;
import vn.vigil.core.api.unit.AdminUnitQuery;
import vn.vigil.core.api.unit.AdminUnitService;
import vn.vigil.core.api.unit.AdminUnitView;

/**
 * Pages through the unit list with one service call per page: the search returns the page and the total together,
 * so {@link #count} only repeats the total of the last page loaded instead of asking the database again.
 */
public class AdminUnitLazyModel extends LazyDataModel<AdminUnitView> {

    private static final long serialVersionUID = 1L;

    private final AdminUnitService units;
    private AdminUnitQuery query = AdminUnitQuery.all();
    private int lastTotal;

    public AdminUnitLazyModel(AdminUnitService units) {
        this.units = units;
    }

    public void filterBy(AdminUnitQuery query) {
        this.query = query;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return lastTotal;
    }

    @Override
    public List<AdminUnitView> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<AdminUnitView> page = units.search(query, new PageRequest(first / pageSize, pageSize));
        lastTotal = (int) Math.min(page.total(), Integer.MAX_VALUE);
        setRowCount(lastTotal);
        return page.items();
    }

    @Override
    public String getRowKey(AdminUnitView unit) {
        return String.valueOf(unit.id());
    }

    @Override
    public AdminUnitView getRowData(String rowKey) {
        List<AdminUnitView> rows = getWrappedData();
        return rows == null
                ? null
                : rows.stream()
                        .filter(unit -> getRowKey(unit).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
