package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.vigil.inspection.api.BusinessLineCatalogue;
import vn.vigil.inspection.api.BusinessLineEntry;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.i18n.Bundles;

/** The business lines with their risk weights, as on admin/business-lines and at {@code GET /api/v1/business-lines}. */
@ApplicationScoped
public class BusinessLinesExport implements ExportableList {

    static final List<ExportColumn<BusinessLineEntry>> COLUMNS = List.of(
            ExportColumn.of("businessLines.code", BusinessLineEntry::code),
            ExportColumn.of("businessLines.nameVi", BusinessLineEntry::nameVi),
            ExportColumn.of("businessLines.nameEn", BusinessLineEntry::nameEn),
            ExportColumn.of("businessLines.riskWeight", BusinessLineEntry::riskWeight),
            ExportColumn.yesNo("businessLines.conditional", BusinessLineEntry::conditional),
            ExportColumn.localized(
                    "businessLines.active",
                    (l, locale) -> Bundles.text(locale, l.active() ? "businessLines.inUse" : "businessLines.retired")));

    @Inject
    BusinessLineCatalogue catalogue;

    @Override
    public String name() {
        return "business-lines";
    }

    @Override
    public ExportedList<BusinessLineEntry> list(ExportFilters f) {
        return all();
    }

    public ExportedList<BusinessLineEntry> all() {
        return ExportedList.whole(name(), "businessLines.title", COLUMNS, catalogue::list, "");
    }
}
