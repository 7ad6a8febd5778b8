package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.vigil.victim.api.Budgets;
import vn.vigil.victim.api.FundingSourceView;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.i18n.Bundles;

/** The funding sources, active first, as on finance/funding-sources and at {@code GET /api/v1/funding-sources}. */
@ApplicationScoped
public class FundingSourcesExport implements ExportableList {

    static final List<ExportColumn<FundingSourceView>> COLUMNS = List.of(
            ExportColumn.of("funds.sources.name", FundingSourceView::name),
            ExportColumn.label("funds.sources.kind", "funds.sourceKind.", FundingSourceView::kind),
            ExportColumn.localized(
                    "funds.status",
                    (s, locale) ->
                            Bundles.text(locale, s.active() ? "funds.sources.active" : "funds.sources.retired")));

    @Inject
    Budgets budgets;

    @Override
    public String name() {
        return "funding-sources";
    }

    @Override
    public ExportedList<FundingSourceView> list(ExportFilters f) {
        return all();
    }

    public ExportedList<FundingSourceView> all() {
        return ExportedList.whole(name(), "funds.sources.title", COLUMNS, budgets::fundingSources, "");
    }
}
