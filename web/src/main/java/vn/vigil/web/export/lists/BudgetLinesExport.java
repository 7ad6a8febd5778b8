package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import vn.vigil.victim.api.BudgetLineView;
import vn.vigil.victim.api.Budgets;
import vn.vigil.victim.api.SupportCatalogue;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;

/** A year's budget lines with their balances, as on finance/budget-lines (a short list: one page). */
@ApplicationScoped
public class BudgetLinesExport implements ExportableList {

    @Inject
    Budgets budgets;

    @Inject
    SupportCatalogue catalogue;

    @Override
    public String name() {
        return "budget-lines";
    }

    @Override
    public ExportedList<BudgetLineView> list(ExportFilters f) {
        Integer year = f.integer("year");
        return of(year == null ? LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() : year);
    }

    public ExportedList<BudgetLineView> of(int year) {
        SupportTypes types = new SupportTypes(catalogue);
        List<ExportColumn<BudgetLineView>> columns = List.of(
                ExportColumn.localized("funds.type", (l, locale) -> types.name(l.supportType(), locale)),
                ExportColumn.of("funds.source", BudgetLineView::fundingSourceName),
                ExportColumn.of("funds.line.amount", BudgetLineView::amount),
                ExportColumn.of("funds.line.committed", BudgetLineView::committed),
                ExportColumn.of("funds.line.disbursed", BudgetLineView::disbursed),
                ExportColumn.of("funds.line.available", BudgetLineView::available),
                ExportColumn.of("funds.line.note", BudgetLineView::note));
        return ExportedList.whole(
                name(), "funds.lines.title", columns, () -> budgets.budgetLines(year), "year=" + year);
    }
}
