package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.vigil.victim.api.RateView;
import vn.vigil.victim.api.SupportCatalogue;
import vn.vigil.victim.api.SupportRates;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;

/** Every support rate, past, present and future, as on admin/support-rates and at {@code GET /api/v1/support-rates}. */
@ApplicationScoped
public class SupportRatesExport implements ExportableList {

    @Inject
    SupportRates rates;

    @Inject
    SupportCatalogue catalogue;

    @Override
    public String name() {
        return "support-rates";
    }

    @Override
    public ExportedList<RateView> list(ExportFilters f) {
        return all();
    }

    public ExportedList<RateView> all() {
        SupportTypes types = new SupportTypes(catalogue);
        List<ExportColumn<RateView>> columns = List.of(
                ExportColumn.localized("funds.type", (r, locale) -> types.name(r.supportType(), locale)),
                ExportColumn.of("export.rate.item", RateView::item),
                ExportColumn.localized("funds.rates.name", (r, locale) -> r.name(locale.getLanguage())),
                ExportColumn.of("export.rate.amount", RateView::amount),
                ExportColumn.label("funds.rates.unit", "funds.unit.", RateView::unit),
                ExportColumn.of("funds.rates.maxUnits", RateView::maxUnits),
                ExportColumn.of("export.rule.validFrom", RateView::validFrom),
                ExportColumn.of("export.rule.validUntil", RateView::validUntil));
        return ExportedList.whole(name(), "funds.rates.title", columns, rates::rates, "");
    }
}
