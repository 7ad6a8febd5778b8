package vn.vigil.web.export.lists;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.vigil.victim.api.SupportCatalogue;
import vn.vigil.victim.api.SupportTypeView;
import vn.vigil.web.export.ExportColumn;
import vn.vigil.web.export.ExportFilters;
import vn.vigil.web.export.ExportableList;
import vn.vigil.web.export.ExportedList;
import vn.vigil.web.i18n.Bundles;

/** The support types of Art. 37, as on support-types and at {@code GET /api/v1/support-types}. */
@ApplicationScoped
public class SupportTypesExport implements ExportableList {

    static final List<ExportColumn<SupportTypeView>> COLUMNS = List.of(
            ExportColumn.of("supportTypes.letter", SupportTypeView::code),
            ExportColumn.localized("supportTypes.name", (t, locale) -> t.name(locale.getLanguage())),
            ExportColumn.localized(
                    "supportTypes.maxDays",
                    (t, locale) -> t.maxDays() == null
                            ? Bundles.text(locale, "supportTypes.noLimit")
                            : Bundles.text(locale, "supportTypes.days", t.maxDays())));

    @Inject
    SupportCatalogue catalogue;

    @Override
    public String name() {
        return "support-types";
    }

    @Override
    public ExportedList<SupportTypeView> list(ExportFilters f) {
        return all();
    }

    public ExportedList<SupportTypeView> all() {
        return ExportedList.whole(name(), "supportTypes.title", COLUMNS, catalogue::supportTypes, "");
    }
}
